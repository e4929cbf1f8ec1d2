//! Word lists for the demo garage: a Yorkshire garage's customers, streets, cars and jobs.
//! Phone numbers use Ofcom's ranges reserved for drama, emails the reserved example domains.

pub const FIRST_NAMES: &[&str] = &[
    "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William",
    "James", "Joshua", "Alfie", "Henry", "Leo", "Archie", "Ethan", "Joseph", "Freddie", "Samuel",
    "Alexander", "Logan", "Daniel", "Isaac", "Max", "Mohammed", "Benjamin", "Mason", "Lucas", "Edward",
    "Olivia", "Amelia", "Isla", "Ava", "Emily", "Isabella", "Mia", "Poppy", "Ella", "Lily",
    "Jessica", "Sophie", "Grace", "Evie", "Sophia", "Ruby", "Chloe", "Charlotte", "Freya", "Daisy",
    "Hannah", "Lucy", "Megan", "Rebecca", "Laura", "Karen", "Susan", "Julie", "Helen", "Claire",
    "David", "Paul", "Andrew", "Mark", "Stephen", "Ian", "Gary", "Martin", "Neil", "Simon",
    "Priya", "Aisha", "Fatima", "Zainab", "Ravi", "Arjun", "Imran", "Bilal", "Sana", "Amir",
    "Siobhan", "Ciaran", "Niamh", "Rhys", "Cerys", "Ewan", "Morag", "Tomasz", "Agnieszka", "Andrei",
    "Elena", "Kwame", "Ama", "Chidi", "Ngozi", "Mei", "Wei", "Yusuf", "Leila", "Dominic",
];

pub const LAST_NAMES: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
    "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
    "Cox", "Alexander", "Garden", "Campbell", "Johnston", "Moore", "Smyth", "O'Neill", "Doherty", "Stewart",
    "Quinn", "Murphy", "Graham", "Mclaughlin", "Hamilton", "Murray", "Hughes", "Robertson", "Thomson", "Scott",
    "Atkinson", "Barker", "Holroyd", "Sutcliffe", "Ackroyd", "Greenwood", "Haigh", "Firth", "Crowther", "Hirst",
    "Lumb", "Binns", "Illingworth", "Kaur", "Singh", "Hussain", "Ahmed", "Begum", "Ali", "Shah",
    "Kowalski", "Nowak", "Popescu", "Ionescu", "Mensah", "Okafor", "Chen", "Wang", "Nguyen", "Fernandes",
    "Walsh", "Byrne", "Kelly", "Fletcher", "Whitaker", "Marsden", "Pickles", "Dobson", "Brook", "Lister",
];

/// Towns near the garage with their postcode areas and districts in use.
pub const TOWNS: &[(&str, &str, u8)] = &[
    ("Leeds", "LS", 29),
    ("Bradford", "BD", 24),
    ("Wakefield", "WF", 17),
    ("Harrogate", "HG", 5),
    ("Huddersfield", "HD", 9),
    ("Halifax", "HX", 7),
    ("York", "YO", 32),
];

pub const STREETS: &[&str] = &[
    "Otley Road", "Kirkstall Lane", "Harrogate Road", "Station Road", "Church Lane", "Victoria Road",
    "Manor Drive", "Park Avenue", "Moor Lane", "Mill Street", "Chapel Street", "Wetherby Road",
    "Headingley Lane", "Cardigan Road", "Spen Lane", "Oakwood Grove", "Roundhay Road", "York Road",
    "Selby Road", "Wakefield Road", "Bradford Road", "Low Lane", "High Street", "Westgate",
    "Eastfield Crescent", "Beech Grove", "Ash Close", "Sycamore Avenue", "Rowan Court", "Willow Way",
];

/// Letters used in the inward part of a postcode (never C, I, K, M, O or V).
pub const POSTCODE_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";
/// Letters used on plates (never I or Q).
pub const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNOPRSTUVWXYZ";
/// DVLA memory tags of Yorkshire offices, most of the garage's cars were first registered there.
pub const LOCAL_AREA_CODES: &[&str] = &["YA", "YB", "YC", "YD", "YE", "YF", "YG", "YH", "YJ", "YK", "YL", "YM", "YN", "YO", "YP", "YR", "YS", "YT", "YU"];

pub const MAKES_MODELS: &[(&str, &str)] = &[
    ("Ford", "Fiesta"), ("Ford", "Focus"), ("Ford", "Kuga"), ("Ford", "Puma"), ("Ford", "Transit Custom"),
    ("Vauxhall", "Corsa"), ("Vauxhall", "Astra"), ("Vauxhall", "Mokka"), ("Volkswagen", "Golf"),
    ("Volkswagen", "Polo"), ("Volkswagen", "Tiguan"), ("Toyota", "Yaris"), ("Toyota", "Corolla"),
    ("Toyota", "C-HR"), ("Nissan", "Qashqai"), ("Nissan", "Juke"), ("Nissan", "Micra"), ("BMW", "1 Series"),
    ("BMW", "3 Series"), ("Audi", "A3"), ("Audi", "A4"), ("Mercedes-Benz", "A-Class"), ("Kia", "Sportage"),
    ("Kia", "Picanto"), ("Hyundai", "Tucson"), ("Hyundai", "i10"), ("Skoda", "Octavia"), ("Skoda", "Fabia"),
    ("MINI", "Hatch"), ("Peugeot", "208"), ("Peugeot", "3008"), ("Land Rover", "Discovery Sport"),
    ("Honda", "Civic"), ("Honda", "Jazz"), ("Renault", "Clio"), ("SEAT", "Ibiza"), ("Tesla", "Model 3"),
    ("MG", "ZS"), ("Dacia", "Sandero"), ("Volvo", "XC40"),
];

pub const COLOURS: &[&str] =
    &["Black", "White", "Silver", "Grey", "Blue", "Red", "Green", "Orange", "Bronze", "Yellow"];

/// Jobs with a typical price in pence.
pub const JOBS: &[(&str, i64)] = &[
    ("MOT test", 5_485),
    ("Full service", 24_900),
    ("Interim service", 14_900),
    ("MOT and interim service", 18_500),
    ("Front brake pads and discs", 28_750),
    ("Rear brake shoes", 16_400),
    ("Clutch replacement", 78_000),
    ("Diagnose engine warning light", 6_000),
    ("Timing belt and water pump", 54_500),
    ("Air-con regas", 8_900),
    ("Two front tyres 205/55 R16", 21_800),
    ("Exhaust back box replacement", 19_850),
    ("Battery replacement", 15_600),
    ("Investigate knocking from front suspension", 9_000),
    ("Replace front coil spring", 23_400),
    ("Wheel alignment", 5_500),
    ("Replace wiper blades", 3_200),
    ("Headlamp bulb and beam check", 2_450),
];

pub const CONVERSATION_SUBJECTS: &[(&str, &str)] = &[
    ("MOT reminder", "Your MOT is due next month. Reply YES to book."),
    ("Is my car ready?", "Hi, just checking if the car is ready to collect today?"),
    ("Quote for brakes", "Thanks for the quote, can you do Thursday morning?"),
    ("Courtesy car", "Do you have a courtesy car available next week?"),
    ("Invoice query", "Could you send me a copy of the last invoice please?"),
    ("Service booking", "Booked in for Tuesday 8:30, see you then."),
    ("Tyre prices", "How much for two rear tyres on the Golf?"),
];

pub const CHERISHED_PLATES: &[&str] =
    &["J0NES 1", "S8 MTH", "K1 NGS", "M1 LLS", "P4 TEL", "R0 SSE", "BOB 1", "A1 LFE", "H4 RRY", "D4 VID"];
