# Mesajele sincronizării cu serverul central (S3, S5), formulate de Rust.

sync-problem-delete-blocked = Serverul central nu l-a șters pe { $customer }: { $blockers }. { $customer } a revenit în lista de clienți; rezolvați acestea, apoi ștergeți din nou.
sync-problem-rejected = Serverul central a refuzat o modificare făcută de dumneavoastră: { $reason } Modificarea a fost anulată pe acest calculator.
sync-reason-rate-limited = Limită atinsă - prea multe ștergeri în această oră.
sync-reason-amount-too-large = Suma depășea restul de plată.
sync-reason-plate-taken = Un număr eliberat era deja pe alt vehicul.
sync-reason-delete-blocked = Clientul mai avea comenzi deschise, facturi neplătite sau conversații active.
sync-reason-server-error = Serverul central a avut o eroare în timp ce o verifica.
sync-problem-restore-refused = Serverul central nu l-a restaurat pe clientul { $customer }: { $reason } Pe acest calculator, { $customer } este din nou printre clienții șterși.
sync-reason-restore-plate-taken = Pe server, numărul { $plate } este pe alt vehicul.
sync-problem-merge-refused = Serverul central nu a combinat { $customers }: { $reason } Înregistrările sunt din nou separate pe acest birou.
sync-problem-not-put-back = O parte din ea nu a putut fi readusă pe acest calculator așa cum o are serverul central: { $rows }. Anunțați asistența; detaliile sunt în jurnalul de audit.
sync-not-put-back-registration = înmatricularea { $plate }
sync-not-put-back-row = o înregistrare din { $table }
