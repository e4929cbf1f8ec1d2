# Mesajele din Rust când Garage Desk nu poate porni (fișierele de setări, folderul de date).

startup-settings-malformed = Garage Desk nu poate porni: fișierul de setări { $file } are o greșeală la linia { $line }: { $detail }. Cereți departamentului IT să corecteze fișierul, apoi porniți din nou Garage Desk.
startup-settings-unreadable = Garage Desk nu poate porni: nu poate citi fișierul de setări { $file } ({ $detail }). Cereți departamentului IT să verifice fișierul, apoi porniți din nou Garage Desk.
startup-data-folder = Garage Desk nu poate porni: nu poate deschide folderul de date { $folder } ({ $detail }). Cereți departamentului IT să verifice că folderul există și că aveți drept de scriere în el.
