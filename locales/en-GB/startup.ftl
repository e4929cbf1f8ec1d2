# Messages Rust shows when Garage Desk cannot start (the settings files, the data folder).

startup-settings-malformed = Garage Desk cannot start: the settings file { $file } has a mistake on line { $line }: { $detail }. Ask IT to correct the file, then start Garage Desk again.
startup-settings-unreadable = Garage Desk cannot start: it cannot read the settings file { $file } ({ $detail }). Ask IT to check the file, then start Garage Desk again.
startup-data-folder = Garage Desk cannot start: it cannot open its data folder { $folder } ({ $detail }). Ask IT to check that the folder exists and that you may write to it.
startup-cache-key-missing = Garage Desk cannot start: its cache { $cache } is encrypted, and its key is neither in this computer's keyring ({ $detail }) nor in { $keyfile }. Nothing has been deleted. Ask IT to unlock the keyring or put the key back, then start Garage Desk again. If the key is lost, IT can delete the cache: the desk then downloads the garage again from the central server, but changes it had not sent yet are lost.
startup-cache-key-rejected = Garage Desk cannot start: the key kept for its cache { $cache } does not open it (the keyring entry or the key file was changed). Nothing has been deleted. Ask IT to put the original key back, then start Garage Desk again.
startup-cache-key-keyring-required = Garage Desk cannot start: IT set it to keep its cache's key in this computer's keyring, which cannot be used ({ $detail }). Ask IT to set up or unlock the keyring, or to change cache_key_store, then start Garage Desk again.
startup-cache-key-file-damaged = Garage Desk cannot start: its key file { $file } does not hold a key. Nothing has been deleted. Ask IT to put the original file back, then start Garage Desk again.
