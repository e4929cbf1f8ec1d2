# Restoring a deleted customer after the undo window: the dialog's sentences, worded by Rust (README R2–R4).

restore-impact = Vor fi readuse acest client, { $vehicles ->
    [one] { $vehicles } vehicul
    [few] { $vehicles } vehicule
   *[other] { $vehicles } de vehicule
} și { $conversations ->
    [one] { $conversations } conversație
    [few] { $conversations } conversații
   *[other] { $conversations } de conversații
}, așa cum erau înainte de ștergere. Comenzile de lucru, facturile și istoricul consimțămintelor au rămas tot timpul în evidență și nu se schimbă.
restore-blocked-plate = Acest client nu poate fi restaurat: numărul { $plate } este acum pe alt vehicul. Nu s-a schimbat nimic. Dacă numărul trebuie să revină la acest client, scoateți-l mai întâi de pe celălalt vehicul.
restore-left-out-vehicle-moved = { $vehicle } este acum în fișa altui client și rămâne acolo.
restore-left-out-vehicle-changed = { $vehicle } a fost modificat după ștergere și rămâne așa cum este.
restore-left-out-plate-changed = Numărul { $plate } a fost modificat după ștergere și rămâne așa cum este.
restore-left-out-conversation-changed = Conversația „{ $subject }” a fost modificată după ștergere și rămâne așa cum este.
