# Komunikaty Rusta, gdy Garage Desk nie może się uruchomić (pliki ustawień, folder danych).

startup-settings-malformed = Garage Desk nie może się uruchomić: plik ustawień { $file } zawiera błąd w wierszu { $line }: { $detail }. Poproś dział IT o poprawienie pliku, a potem uruchom Garage Desk ponownie.
startup-settings-unreadable = Garage Desk nie może się uruchomić: nie można odczytać pliku ustawień { $file } ({ $detail }). Poproś dział IT o sprawdzenie pliku, a potem uruchom Garage Desk ponownie.
startup-data-folder = Garage Desk nie może się uruchomić: nie można otworzyć folderu danych { $folder } ({ $detail }). Poproś dział IT o sprawdzenie, czy folder istnieje i czy możesz w nim zapisywać.
