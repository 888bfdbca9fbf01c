"""Message catalogue: List files (CSV, XLSX) and registering a carnet from another chamber."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ list files (CSV, XLSX)
    "list-file.unreadable": {
        "en": "file {path}: {reason}",
        "fr": "fichier {path} : {reason}",
    },
    "list-file.too-large": {
        "en": "file {name} is larger than 20 MB",
        "fr": "le fichier {name} dépasse 20 Mo",
    },
    "list-file.csv-has-no-sheets": {
        "en": "--sheet: {name} is a CSV file, it has no sheets",
        "fr": "--sheet : {name} est un fichier CSV, il n'a pas de feuilles",
    },
    "list-file.encoding": {
        "en": "file {name}: not UTF-8, UTF-16 or Windows-1252 text",
        "fr": "fichier {name} : ce n'est pas du texte UTF-8, UTF-16 ou Windows-1252",
    },
    "list-file.binary": {
        "en": "file {name}: binary data, not a CSV file",
        "fr": "fichier {name} : données binaires, pas un fichier CSV",
    },
    "list-file.line-too-long": {
        "en": "file {name}: line {line} is longer than {most} characters",
        "fr": "fichier {name} : la ligne {line} dépasse {most} caractères",
    },
    "list-file.too-many-fields": {
        "en": "file {name}: row {row} has {count} fields, at most {most}",
        "fr": "fichier {name} : la ligne {row} a {count} champs, au plus {most}",
    },
    "list-file.too-many-rows": {
        "en": "file {name}: more than {most} rows",
        "fr": "fichier {name} : plus de {most} lignes",
    },
    "list-file.bad-csv": {
        "en": "file {name}: not a readable CSV file ({reason})",
        "fr": "fichier {name} : fichier CSV illisible ({reason})",
    },
    "list-file.cell-too-long": {
        "en": "file {name}: row {row} has a cell of {length} characters, at most {most}",
        "fr": "fichier {name} : la ligne {row} a une cellule de {length} caractères, au plus "
        "{most}",
    },
    "list-file.bad-xlsx": {
        "en": "file {name}: not a readable XLSX workbook ({reason})",
        "fr": "fichier {name} : classeur XLSX illisible ({reason})",
    },
    "list-file.no-sheet": {
        "en": "file {name}: the workbook has no sheet",
        "fr": "fichier {name} : le classeur n'a aucune feuille",
    },
    "list-file.unknown-sheet": {
        "en": "--sheet: {name} has no sheet {sheet!r}; its sheets: {sheets}",
        "fr": "--sheet : {name} n'a pas de feuille {sheet!r} ; ses feuilles : {sheets}",
    },
    "list-file.too-many-parts": {
        "en": "file {name}: {count} parts, not a general list",
        "fr": "fichier {name} : {count} parties, ce n'est pas une liste générale",
    },
    "list-file.inflates": {
        "en": "file {name}: the workbook inflates to {size} MB, at most {most} MB for a "
        "general list",
        "fr": "fichier {name} : le classeur décompressé fait {size} Mo, au plus {most} Mo pour "
        "une liste générale",
    },
    "list-file.xml-cell-too-long": {
        "en": "file {name}: a cell (row {row}) is longer than {most} characters",
        "fr": "fichier {name} : une cellule (ligne {row}) dépasse {most} caractères",
    },
    "list-file.cells-beyond": {
        "en": "file {name}: row {row} has cells beyond column {most}",
        "fr": "fichier {name} : la ligne {row} a des cellules au-delà de la colonne {most}",
    },
    # ------------------------------------------------------------------ registering a carnet
    "register.not-an-object": {
        "en": "the registration must be a JSON object",
        "fr": "l'enregistrement doit être un objet JSON",
    },
    "register.issuer-missing": {
        "en": 'issuer: missing; give {{"name": "USCIB", "country": "US"}}',
        "fr": 'issuer : manquant ; indiquez {{"name": "USCIB", "country": "US"}}',
    },
    "register.valid-before-issue": {
        "en": "valid_until: {until} is before the issue date {issued}",
        "fr": "valid_until : le {until} est avant la date de délivrance {issued}",
    },
    "register.valid-over-a-year": {
        "en": "valid_until: a carnet is valid at most one year from issue ({issued}), not "
        "until {until}",
        "fr": "valid_until : un carnet est valable au plus un an après sa délivrance "
        "({issued}), pas jusqu'au {until}",
    },
    "register.goods-file": {
        "en": "goods_file: must be the path of a CSV or XLSX file",
        "fr": "goods_file : doit être le chemin d'un fichier CSV ou XLSX",
    },
    "register.number-missing": {
        "en": 'number: missing; type it as printed, e.g. "US 123456"',
        "fr": 'number : manquant ; tapez-le tel qu\'imprimé, par ex. "US 123456"',
    },
    "register.number-too-long": {
        "en": "number: longer than {most} characters",
        "fr": "number : plus de {most} caractères",
    },
    "register.number-not-printable": {
        "en": "number: contains characters that are not printable",
        "fr": "number : contient des caractères non imprimables",
    },
    "register.number-no-letters": {
        "en": "number: {number!r} has no letters; type it with its country prefix as printed "
        "(e.g. US {number})",
        "fr": "number : {number!r} n'a pas de lettres ; tapez-le avec son préfixe de pays tel "
        "qu'imprimé (par ex. US {number})",
    },
    "register.not-a-name": {
        "en": "{where}: not a name of at most {most} characters",
        "fr": "{where} : pas un nom d'au plus {most} caractères",
    },
    "register.date-missing": {
        "en": "{where}: missing; give an ISO date YYYY-MM-DD",
        "fr": "{where} : manquant ; indiquez une date ISO AAAA-MM-JJ",
    },
    "register.security-shape": {
        "en": 'security: give {{"amount": "1250.00", "form": "bond"}}',
        "fr": 'security : indiquez {{"amount": "1250.00", "form": "bond"}}',
    },
    "register.security-amount-text": {
        "en": 'security.amount: a decimal string like "1250.00"',
        "fr": 'security.amount : un nombre décimal écrit comme du texte, par ex. "1250.00"',
    },
    "register.security-amount": {
        "en": "security.amount: {value!r} is not an amount",
        "fr": "security.amount : {value!r} n'est pas un montant",
    },
    "register.sheets-missing": {
        "en": 'sheets: give the voucher sheets in the booklet, e.g. {{"white": 4, "yellow": 2}}',
        "fr": "sheets : indiquez les feuillets de volets du carnet, par ex. "
        '{{"white": 4, "yellow": 2}}',
    },
    "register.sheet-colour": {
        "en": "sheets: {colour!r} is not yellow, white or blue",
        "fr": "sheets : {colour!r} n'est ni yellow, ni white, ni blue",
    },
    "register.sheet-counts": {
        "en": "sheets.{colour}: a number of sets or an object by action ({actions})",
        "fr": "sheets.{colour} : un nombre de jeux ou un objet par opération ({actions})",
    },
    "register.sheet-action": {
        "en": "sheets.{colour}.{action}: {colour} sheets serve {actions}",
        "fr": "sheets.{colour}.{action} : les feuillets {colour} servent à {actions}",
    },
    "register.sheet-count": {
        "en": "sheets.{colour}.{action}: a whole number from 0 to {most}",
        "fr": "sheets.{colour}.{action} : un nombre entier de 0 à {most}",
    },
    "register.list-refused": {
        "en": "general list refused, nothing registered: {count:plural:error|errors}: "
        "{shown}{more}",
        "fr": "liste générale refusée, rien n'est enregistré : {count:plural:erreur|erreurs} : "
        "{shown}{more}",
    },
    "register.more-errors": {"en": " (and {count} more)", "fr": " (et {count} de plus)"},
    "register.already-here": {
        "en": "number: carnet {number} is already on this desk",
        "fr": "number : le carnet {number} est déjà sur ce poste",
    },
    "register.goods-empty": {
        "en": "goods: the general list is empty; type it, paste it or name a goods_file",
        "fr": "goods : la liste générale est vide ; tapez-la, collez-la ou indiquez un goods_file",
    },
    "register.itinerary-empty": {
        "en": "itinerary: name the countries listed on the cover (visits and transits)",
        "fr": "itinerary : indiquez les pays listés sur la couverture (visites et transits)",
    },
    "register.no-sheets": {
        "en": "sheets: the booklet has no voucher sheets at all",
        "fr": "sheets : le carnet n'a aucun feuillet de volets",
    },
    "register.unknown-country": {
        "en": "{where}: {code!r} is not a known ISO country code",
        "fr": "{where} : {code!r} n'est pas un code pays ISO connu",
    },
    # ------------------------------------------------------------------ command line: what was done
    "cli.done.database-ready": {
        "en": "database ready: {url}",
        "fr": "base de données prête : {url}",
    },
    "cli.done.association": {
        "en": "issuing association: {name} ({country}), currency {currency}, numbers like "
        "{next_number}",
        "fr": "association émettrice : {name} ({country}), devise {currency}, numéros comme "
        "{next_number}",
    },
    "cli.done.issued": {
        "en": "carnet {number} issued on {issued_on}, valid until {valid_until}\nvoucher sets: "
        "{vouchers}\nsecurity: {security} {currency}, fees: {fees} {currency}",
        "fr": "carnet {number} délivré le {issued_on}, valable jusqu'au {valid_until}\njeux de "
        "volets : {vouchers}\ngarantie : {security} {currency}, frais : {fees} {currency}",
    },
    "cli.done.duplicate": {
        "en": "carnet {number} issued as duplicate of {original} on {issued_on}, valid until "
        "{valid_until}\nvoucher sets: {vouchers}\nsecurity: {security} {currency}, fees: "
        "{fees} {currency}",
        "fr": "carnet {number} délivré en duplicata du carnet {original} le {issued_on}, "
        "valable jusqu'au {valid_until}\njeux de volets : {vouchers}\ngarantie : {security} "
        "{currency}, frais : {fees} {currency}",
    },
    "cli.done.replacement": {
        "en": "carnet {number} issued to replace {original} on {issued_on}, valid until "
        "{valid_until}\nvoucher sets: {vouchers}\nsecurity: {security} {currency}, fees: "
        "{fees} {currency}",
        "fr": "carnet {number} délivré en remplacement du carnet {original} le {issued_on}, "
        "valable jusqu'au {valid_until}\njeux de volets : {vouchers}\ngarantie : {security} "
        "{currency}, frais : {fees} {currency}",
    },
    "cli.done.sets-of-colour": {"en": "{sets} {colour}", "fr": "{colour} : {sets}"},
    "cli.done.recorded": {
        "en": "{action} recorded on {on}: {colour} voucher {voucher}, items {items}",
        "fr": "{action} enregistrée le {on} : volet {colour} {voucher}, articles {items}",
    },
    "cli.done.irregularity": {
        "en": "irregularity: {found}",
        "fr": "irrégularité : {found}",
    },
    "cli.done.goods-event": {
        "en": "goods {kind} in {country} recorded: {items}",
        "fr": "marchandises « {kind} » en {country} enregistrées : {items}",
    },
    "cli.done.vouchers-added": {
        "en": "voucher sets of {number} now: {vouchers}; fee {fee} {currency}",
        "fr": "jeux de volets du carnet {number} désormais : {vouchers} ; frais {fee} {currency}",
    },
    "cli.done.destination": {
        "en": "{country} added to {number}: security top-up {top_up} (now {security}), "
        "voucher sets added {sets}, fee {fee} {currency}",
        "fr": "{country} ajouté au carnet {number} : complément de garantie {top_up} "
        "(désormais {security}), jeux de volets ajoutés : {sets}, frais {fee} {currency}",
    },
    "cli.done.none": {"en": "none", "fr": "aucun"},
    "cli.done.draft-created": {
        "en": "draft {draft} created",
        "fr": "brouillon {draft} créé",
    },
    "cli.done.warning": {"en": "warning: {text}", "fr": "avertissement : {text}"},
    "cli.done.note": {"en": "note: {text}", "fr": "remarque : {text}"},
    "cli.done.returned": {
        "en": "carnet {number} returned on {on}",
        "fr": "carnet {number} rendu le {on}",
    },
    "cli.done.discharged": {
        "en": "carnet {number} discharged on {on}",
        "fr": "carnet {number} apuré le {on}",
    },
    "cli.done.cancelled": {
        "en": "carnet {number} cancelled",
        "fr": "carnet {number} annulé",
    },
    "cli.done.claim-opened": {
        "en": "claim {claim} from {country} opened for {amount} {currency}: proof due "
        "{proof_due}, payment final {payment_final}",
        "fr": "réclamation {claim} de {country} ouverte pour {amount} {currency} : preuve "
        "attendue au plus tard le {proof_due}, paiement définitif le {payment_final}",
    },
    "cli.done.claim-settled": {
        "en": "claim {claim} {status} on {on}",
        "fr": "réclamation {claim} : {status} le {on}",
    },
    "cli.done.claim-status.settled-proof": {"en": "settled-proof", "fr": "réglée par preuve"},
    "cli.done.claim-status.settled-paid": {"en": "settled-paid", "fr": "réglée par paiement"},
    "cli.done.claim-status.open": {"en": "open", "fr": "ouverte"},
    "cli.done.irregularity-resolved": {
        "en": "irregularity {irregularity} resolved",
        "fr": "irrégularité {irregularity} résolue",
    },
    "cli.done.written": {
        "en": "{what} written to {path}",
        "fr": "{what} : écrit dans {path}",
    },
    "cli.what.carnet-part": {"en": "carnet {number} ({part})", "fr": "le carnet {number} ({part})"},
    "cli.what.calibration-sheet": {"en": "calibration sheet", "fr": "feuille d'étalonnage"},
    "cli.what.quote": {"en": "quote", "fr": "devis"},
    "cli.what.claim-notice": {
        "en": "claim notice {claim}",
        "fr": "avis de réclamation {claim}",
    },
    "cli.what.discharge-certificate": {
        "en": "discharge certificate for {number}",
        "fr": "certificat d'apurement du carnet {number}",
    },
    "cli.what.goods-abroad": {
        "en": "goods-abroad report",
        "fr": "rapport des marchandises à l'étranger",
    },
    "cli.what.claim-dossier": {"en": "claim dossier", "fr": "dossier de réclamation"},
    "cli.what.evidence": {"en": "evidence {evidence}", "fr": "pièce justificative {evidence}"},
    "cli.what.public-key": {"en": "public key {fingerprint}", "fr": "clé publique {fingerprint}"},
    "cli.done.evidence-attached": {
        "en": "evidence {evidence} attached to {target} of {number}: {file}, SHA-256 {digest}",
        "fr": "pièce justificative {evidence} jointe à {target} du carnet {number} : {file}, "
        "SHA-256 {digest}",
    },
    "cli.done.no-evidence": {
        "en": "no evidence on carnet {number}",
        "fr": "aucune pièce justificative sur le carnet {number}",
    },
    "cli.done.backup": {"en": "backup written: {path}", "fr": "sauvegarde écrite : {path}"},
    "cli.done.restored": {
        "en": "database restored from {file}",
        "fr": "base de données restaurée depuis {file}",
    },
    "cli.done.restored-kept": {
        "en": "; the previous file was kept as {previous}",
        "fr": " ; le fichier précédent est conservé sous {previous}",
    },
    "cli.done.restored-unverified": {
        "en": " (WARNING, unverified: {problems})",
        "fr": " (ATTENTION, non vérifiée : {problems})",
    },
    "cli.done.no-events": {"en": "no events", "fr": "aucun événement"},
    "cli.done.audit-counts": {
        "en": "{events} events, {covered} of {rows} rows under the chain",
        "fr": "{events:plural:événement|événements}, {covered} lignes sur {rows} couvertes par "
        "la chaîne",
    },
    "cli.done.audit-unvouched": {
        "en": "audit trail consistent, but its tail cannot be vouched for: {counts}; WARNING: "
        "{warning}",
        "fr": "piste d'audit cohérente, mais sa fin ne peut pas être garantie : {counts} ; "
        "ATTENTION : {warning}",
    },
    "cli.done.audit-intact": {
        "en": "audit trail intact: {counts}; reaches the head signed {signed_at} ({head} events)",
        "fr": "piste d'audit intacte : {counts} ; elle atteint la tête signée le {signed_at} "
        "({head:plural:événement|événements})",
    },
    "cli.done.demo-data": {
        "en": "{carnets} demo carnets ({items} items, {movements} movements) added in {seconds} s",
        "fr": "{carnets} carnets de démonstration ({items} articles, {movements} "
        "mouvements) ajoutés en {seconds} s",
    },
    "cli.done.registered": {
        "en": "carnet {number} issued by {issuer} ({country}) registered: "
        "{items:plural:item|items}, valid until {valid_until}",
        "fr": "carnet {number} délivré par {issuer} ({country}) enregistré : "
        "{items:plural:article|articles}, valable jusqu'au {valid_until}",
    },
    "cli.done.received": {
        "en": "carnet {number} from {issuer} received: {items:plural:item|items}, valid until "
        "{valid_until}",
        "fr": "carnet {number} de {issuer} reçu : {items:plural:article|articles}, valable "
        "jusqu'au {valid_until}",
    },
    "cli.done.record-sent": {
        "en": "record of {number} ({entries} entries) written to {path}",
        "fr": "relevé du carnet {number} ({entries} inscriptions) écrit dans {path}",
    },
    "cli.done.carnet-sent": {
        "en": "carnet {number} written to {path}, signed {fingerprint}",
        "fr": "carnet {number} écrit dans {path}, signé {fingerprint}",
    },
    "cli.done.exported": {
        "en": "database exported to {path}: {carnets:plural:carnet|carnets}, {rows} rows in "
        "{tables} tables, {events:plural:audit event|audit events}",
        "fr": "base exportée dans {path} : {carnets:plural:carnet|carnets}, {rows} lignes "
        "dans {tables} tables, {events:plural:événement d'audit|événements d'audit}",
    },
    "cli.done.imported": {
        "en": "imported {file}: {carnets:plural:carnet|carnets}, "
        "{events:plural:audit event|audit events}; audit trail intact, count, head and "
        "signature verified",
        "fr": "{file} importé : {carnets:plural:carnet|carnets}, "
        "{events:plural:événement d'audit|événements d'audit} ; piste d'audit intacte, "
        "nombre, tête et signature vérifiés",
    },
    "cli.done.imported-unverified": {
        "en": "imported {file}: {carnets:plural:carnet|carnets}, "
        "{events:plural:audit event|audit events}; WARNING, imported unverified: {problems}",
        "fr": "{file} importé : {carnets:plural:carnet|carnets}, "
        "{events:plural:événement d'audit|événements d'audit} ; ATTENTION, importé sans "
        "vérification : {problems}",
    },
    "cli.done.list-exported": {
        "en": "general list of {number} ({items} items): {path}",
        "fr": "liste générale du carnet {number} ({items:plural:article|articles}) : {path}",
    },
    "cli.done.schedules-exported": {
        "en": "{count:plural:schedule|schedules} written to {path}",
        "fr": "{count:plural:barème écrit|barèmes écrits} dans {path}",
    },
    "cli.done.schedules-imported": {
        "en": "{count:plural:schedule|schedules} imported from {path}: {names}",
        "fr": "{count:plural:barème importé|barèmes importés} depuis {path} : {names}",
    },
    "cli.done.no-schedules": {"en": "no schedules", "fr": "aucun barème"},
    "cli.done.no-carnets": {"en": "no carnets", "fr": "aucun carnet"},
    "cli.done.already-done": {
        "en": "request {key} ({command}) was already done",
        "fr": "la demande {key} ({command}) a déjà été faite",
    },
    "cli.done.checkin": {
        "en": "check-in of carnet {number} (holder's key {key})",
        "fr": "reprise du relevé du carnet {number} (clé du titulaire {key})",
    },
    "cli.done.checkin-matches": {
        "en": "the holder's record matches this desk's",
        "fr": "le relevé du titulaire correspond à celui de ce poste",
    },
    "cli.done.checkin-accepted": {"en": "accepted", "fr": "acceptée"},
    "cli.done.checkin-rejected": {"en": "rejected", "fr": "refusée"},
    "cli.done.checkin-to-review": {"en": "to review", "fr": "à examiner"},
    "cli.done.checkin-nothing-written": {
        "en": "nothing written: run again with --accept all or --accept ID,...",
        "fr": "rien n'a été écrit : relancez avec --accept all ou --accept ID,...",
    },
    "cli.done.key": {
        "en": "fingerprint: {fingerprint}\npublic key: {key}",
        "fr": "empreinte : {fingerprint}\nclé publique : {key}",
    },
    "cli.done.nothing-due": {"en": "nothing due", "fr": "aucune échéance"},
    "cli.done.schedule-active": {
        "en": "active schedule: {name}",
        "fr": "barème actif : {name}",
    },
}
