# Messages Rust shows when Garage Desk cannot start (the settings files, the data folder).

startup-settings-malformed = Garage Desk cannot start: the settings file { $file } has a mistake on line { $line }: { $detail }. Ask IT to correct the file, then start Garage Desk again.
startup-settings-unreadable = Garage Desk cannot start: it cannot read the settings file { $file } ({ $detail }). Ask IT to check the file, then start Garage Desk again.
startup-data-folder = Garage Desk cannot start: it cannot open its data folder { $folder } ({ $detail }). Ask IT to check that the folder exists and that you may write to it.
