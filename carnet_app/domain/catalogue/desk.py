"""Message catalogue: Alerts, history, management notes, letters, portability, restore checks,
signed files and the command line.

Over 500 lines: a table of words, one entry per code, with nothing to split but the table.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ alerts (domain/alerts.py)
    "alert.final-date": {
        "en": "{pieces:plural:piece|pieces} must leave {territory} by {final_date} ({voucher})",
        "fr": "{pieces:plural:pièce doit|pièces doivent} quitter {territory} au plus tard le "
        "{final_date} ({voucher})",
    },
    "alert.voucher-importation": {
        "en": "importation voucher {no}",
        "fr": "volet d'importation {no}",
    },
    "alert.voucher-original-importation": {
        "en": "importation voucher {no} of the original carnet",
        "fr": "volet d'importation {no} du carnet d'origine",
    },
    "alert.voucher-transit": {"en": "transit", "fr": "volet de transit"},
    "alert.transit-territory": {"en": "transit {territory}", "fr": "{territory} (transit)"},
    "alert.expiry": {
        "en": "carnet expires on {valid_until} with goods still abroad",
        "fr": "le carnet expire le {valid_until} avec des marchandises encore à l'étranger",
    },
    "alert.replacement-window": {
        "en": "last day to ask host customs for a replacement carnet (expiry {valid_until})",
        "fr": "dernier jour pour demander un carnet de remplacement à la douane du pays "
        "d'accueil (expiration le {valid_until})",
    },
    "alert.not-returned": {
        "en": "carnet to be returned to the chamber by {valid_until}",
        "fr": "carnet à restituer à la chambre au plus tard le {valid_until}",
    },
    "alert.claim-proof": {
        "en": "proof for claim {claim_id} from {country} due {proof_due}",
        "fr": "preuve attendue pour la réclamation {claim_id} ({country}) au plus tard le "
        "{proof_due}",
    },
    "alert.claim-payment": {
        "en": "without proof for claim {claim_id} from {country} by {proof_due}: pay "
        "provisionally; the payment becomes final on {payment_final}",
        "fr": "sans preuve pour la réclamation {claim_id} ({country}) au {proof_due} : payer à "
        "titre provisoire ; le paiement devient définitif le {payment_final}",
    },
    "alert.claim-refund": {
        "en": "claim {claim_id} from {country} paid on {paid_on}: proof by {refund_by} still "
        "recovers it",
        "fr": "réclamation {claim_id} ({country}) payée le {paid_on} : une preuve fournie au "
        "plus tard le {refund_by} permet encore de la récupérer",
    },
    "alert.irregularity": {
        "en": "irregularity {irregularity_id} open since {found_on}: {text}",
        "fr": "irrégularité {irregularity_id} ouverte depuis le {found_on} : {text}",
    },
    "alert.security-release": {
        "en": "security may be released from {release} (claim window closed)",
        "fr": "la garantie peut être libérée à partir du {release} (délai de réclamation écoulé)",
    },
    # ------------------------------------------------------- management chart notes
    "management.counts-per-destination": {
        "en": "a carnet counts under each of its destinations",
        "fr": "un carnet compte pour chacune de ses destinations",
    },
    "management.release-months": {
        "en": "expiry + {months} months",
        "fr": "expiration + {months} mois",
    },
    "management.oldest-abroad": {
        "en": "{place}: oldest since {since} ({days} days)",
        "fr": "{place} : la plus ancienne depuis le {since} ({days} jours)",
    },
    # ------------------------------------------------- history (audit actions in words)
    "history.carnet.apply": {"en": "Application saved", "fr": "Demande enregistrée"},
    "history.carnet.draft-update": {"en": "Application updated", "fr": "Demande modifiée"},
    "history.carnet.issue": {"en": "Carnet issued", "fr": "Carnet délivré"},
    "history.carnet.vouchers": {"en": "Voucher sets added", "fr": "Jeux de volets ajoutés"},
    "history.carnet.return": {"en": "Carnet returned", "fr": "Carnet restitué"},
    "history.carnet.discharge": {"en": "Carnet discharged", "fr": "Carnet apuré"},
    "history.carnet.cancel": {"en": "Carnet cancelled", "fr": "Carnet annulé"},
    "history.carnet.duplicate": {"en": "Duplicate issued", "fr": "Duplicata délivré"},
    "history.carnet.replace": {
        "en": "Replacement carnet issued",
        "fr": "Carnet de remplacement délivré",
    },
    "history.carnet.import-goods": {
        "en": "General list imported",
        "fr": "Liste générale importée",
    },
    "history.carnet.checkin": {
        "en": "Record from the holder checked in",
        "fr": "Relevé du titulaire enregistré",
    },
    "history.carnet.destination": {"en": "Destination added", "fr": "Destination ajoutée"},
    "history.carnet.register": {
        "en": "Carnet of another chamber registered",
        "fr": "Carnet d'une autre chambre enregistré",
    },
    "history.carnet.receive": {
        "en": "Carnet received from its chamber",
        "fr": "Carnet reçu de sa chambre",
    },
    "history.claim.open": {"en": "Claim opened", "fr": "Réclamation ouverte"},
    "history.claim.settle": {"en": "Claim settled", "fr": "Réclamation réglée"},
    "history.irregularity.resolve": {
        "en": "Irregularity resolved",
        "fr": "Irrégularité régularisée",
    },
    "history.movement.amend": {"en": "Stamp corrected", "fr": "Visa corrigé"},
    "history.evidence.attach": {
        "en": "Supporting document attached",
        "fr": "Pièce justificative jointe",
    },
    "history.association.set": {"en": "Association set up", "fr": "Association configurée"},
    "history.settings.set": {"en": "Setting changed", "fr": "Réglage modifié"},
    "history.reference.country": {
        "en": "Country rules changed",
        "fr": "Règles d'un pays modifiées",
    },
    "history.reference.schedule": {
        "en": "Fee schedule saved",
        "fr": "Barème enregistré",
    },
    "history.reference.schedule-activate": {
        "en": "Fee schedule activated",
        "fr": "Barème activé",
    },
    "history.reference.schedule-import": {
        "en": "Fee schedule imported",
        "fr": "Barème importé",
    },
    "history.database.import": {"en": "Data imported", "fr": "Données importées"},
    "history.demo-data": {"en": "Demo data added", "fr": "Données de démonstration ajoutées"},
    "history.audit.bulk": {
        "en": "Carnets loaded in bulk",
        "fr": "Carnets chargés en bloc",
    },
    "history.stamp": {"en": "Stamp: {action}", "fr": "Visa : {action}"},
    "history.goods": {"en": "Goods: {action}", "fr": "Marchandises : {action}"},
    # ------------------------------------------------------ files the desk reads and writes
    "file.no-name": {
        "en": "give the name of the file to write",
        "fr": "indiquez le nom du fichier à écrire",
    },
    "file.is-a-folder": {
        "en": "{path}: is a folder; give a file name",
        "fr": "{path} : c'est un dossier ; indiquez un nom de fichier",
    },
    "file.cannot-write": {
        "en": "cannot write {path}: {reason}; check the folder exists, is writable and has "
        "free space, and that the file is not open in another program",
        "fr": "impossible d'écrire {path} : {reason} ; vérifiez que le dossier existe, qu'il "
        "est accessible en écriture et a de la place, et que le fichier n'est pas ouvert dans "
        "un autre programme",
    },
    "file.too-large": {
        "en": "{name}: {size} MB is more than the {limit} MB a {what} may have",
        "fr": "{name} : {size} Mo, c'est plus que les {limit} Mo permis pour {what}",
    },
    "file.not-found": {"en": "{path}: no such file", "fr": "{path} : fichier introuvable"},
    "file.folder-not-file": {
        "en": "{path}: is a folder, not a file",
        "fr": "{path} : c'est un dossier, pas un fichier",
    },
    "file.not-allowed": {
        "en": "{path}: you may not read this file",
        "fr": "{path} : vous n'avez pas le droit de lire ce fichier",
    },
    "file.cannot-read": {
        "en": "{path}: cannot read it ({reason})",
        "fr": "{path} : lecture impossible ({reason})",
    },
    "file.grew": {
        "en": "{name}: more than the {what} size limit",
        "fr": "{name} : dépasse la taille permise pour {what}",
    },
    "file.what-file": {"en": "file", "fr": "un fichier"},
    "file.what-evidence": {"en": "piece of evidence", "fr": "une pièce justificative"},
    "file.no-folder": {
        "en": "file {path}: the folder {folder} does not exist",
        "fr": "fichier {path} : le dossier {folder} n'existe pas",
    },
    "file.cannot-write-in": {
        "en": "cannot write in {folder}: {reason}",
        "fr": "impossible d'écrire dans {folder} : {reason}",
    },
    "file.write-failed": {
        "en": "writing {path} failed: {reason}",
        "fr": "l'écriture de {path} a échoué : {reason}",
    },
    "list-export.suffix": {
        "en": "file {name}: name a .csv or .xlsx file",
        "fr": "fichier {name} : indiquez un fichier .csv ou .xlsx",
    },
    # --------------------------------------------- import-all (services/portability.py)
    "import-all.unverified": {
        "en": "file {name}: {problem}; nothing was imported (import it anyway with "
        "--accept-unverified)",
        "fr": "fichier {name} : {problem} ; rien n'a été importé (pour l'importer quand même : "
        "--accept-unverified)",
    },
    "import-all.not-found": {"en": "file {path}: not found", "fr": "fichier {path} : introuvable"},
    "import-all.folder": {
        "en": "file {path}: is a folder",
        "fr": "fichier {path} : c'est un dossier",
    },
    "import-all.unreadable": {
        "en": "file {path}: cannot be read ({reason})",
        "fr": "fichier {path} : lecture impossible ({reason})",
    },
    "import-all.not-json": {
        "en": "file {name}: not a Carnet Desk export (not JSON: {reason})",
        "fr": "fichier {name} : ce n'est pas un export de Carnet Desk (pas du JSON : {reason})",
    },
    "import-all.not-an-export": {
        "en": "file {name}: not a Carnet Desk database export",
        "fr": "fichier {name} : ce n'est pas un export de base Carnet Desk",
    },
    "import-all.format": {
        "en": "file {name}: export format {version}; this program reads format {known} (use "
        "the Carnet Desk that wrote it, or a newer one)",
        "fr": "fichier {name} : format d'export {version} ; ce programme lit le format {known} "
        "(utilisez le Carnet Desk qui l'a écrit, ou un plus récent)",
    },
    "import-all.schema": {
        "en": "file {name}: exported with schema {schema}, this program has {known}; export "
        "again with the same version of Carnet Desk",
        "fr": "fichier {name} : exporté avec le schéma {schema}, ce programme a {known} ; "
        "exportez de nouveau avec la même version de Carnet Desk",
    },
    "import-all.no-tables": {
        "en": "file {name}: no tables in the export",
        "fr": "fichier {name} : l'export ne contient aucune table",
    },
    "import-all.unknown-table": {
        "en": "file {name}: unknown table {table!r}",
        "fr": "fichier {name} : table inconnue {table!r}",
    },
    "import-all.missing-table": {
        "en": "file {name}: table {table!r} is missing",
        "fr": "fichier {name} : la table {table!r} manque",
    },
    "import-all.malformed-table": {
        "en": "file {name}: table {table!r} is malformed",
        "fr": "fichier {name} : la table {table!r} est mal formée",
    },
    "import-all.columns": {
        "en": "file {name}: table {table!r} has columns {columns}, expected {expected}",
        "fr": "fichier {name} : la table {table!r} a les colonnes {columns}, attendu {expected}",
    },
    "import-all.row-length": {
        "en": "file {name}: {table} row {row} does not have {count} values",
        "fr": "fichier {name} : {table}, la ligne {row} n'a pas {count} valeurs",
    },
    "import-all.where": {
        "en": "{table} row {row}, column {column}",
        "fr": "{table} ligne {row}, colonne {column}",
    },
    "import-all.missing-value": {
        "en": "file {name}: {where}: missing value",
        "fr": "fichier {name} : {where} : valeur manquante",
    },
    "import-all.invalid-value": {
        "en": "file {name}: {where}: {value} is not valid",
        "fr": "fichier {name} : {where} : {value} n'est pas valable",
    },
    "import-all.not-empty": {
        "en": "import-all fills a new, empty database: this one already holds "
        "{count:plural:row|rows} in {table}; point --db at a new file or a new PostgreSQL "
        "database",
        "fr": "import-all remplit une base neuve et vide : celle-ci contient déjà "
        "{count:plural:ligne|lignes} dans {table} ; indiquez avec --db un nouveau fichier ou "
        "une nouvelle base PostgreSQL",
    },
    # ------------------------------------------------------ printing: boxes on an annex
    "annex.continues": {
        "en": "{box} (annex No. {number}) continues on an annex page",
        "fr": "{box} (annexe n° {number}) se poursuit sur une page d'annexe",
    },
    # ------------------------------------------- signed files (services/signed_files.py)
    "signed.kind-carnet-file": {"en": "signed carnet file", "fr": "fichier de carnet signé"},
    "signed.kind-record": {"en": "signed holder's record", "fr": "relevé signé du titulaire"},
    "signed.altered": {
        "en": "file {name}: refused, it is not the {what} a desk wrote or it was altered after "
        "signing",
        "fr": "fichier {name} : refusé, ce n'est pas le {what} qu'un poste a écrit, ou il a été "
        "modifié après sa signature",
    },
    "signed.other-format": {
        "en": "file {name}: refused, it is a {form!r} file, not a {what}",
        "fr": "fichier {name} : refusé, c'est un fichier {form!r}, pas un {what}",
    },
    "signed.too-large": {
        "en": "file {name}: {size} bytes, more than a desk ever writes",
        "fr": "fichier {name} : {size} octets, plus qu'un poste n'en écrit jamais",
    },
    "signed.bad-key": {
        "en": "trust: {name} is not a usable public key ({reason})",
        "fr": "trust : {name} n'est pas une clé publique utilisable ({reason})",
    },
    "signed.not-the-key-file": {
        "en": "file {name}: refused, it is signed by key {signer}, not by the key in "
        "{key_file} ({imported})",
        "fr": "fichier {name} : refusé, il est signé par la clé {signer}, pas par la clé de "
        "{key_file} ({imported})",
    },
    "signed.party-holder": {
        "en": "the holder of carnet {carnet}",
        "fr": "le titulaire du carnet {carnet}",
    },
    "signed.other-key": {
        "en": "file {name}: refused, it is signed by key {signer}, but this desk trusts "
        "{trusted} for {party}; if {party} really changed its key, import the new one with "
        "--trust KEYFILE",
        "fr": "fichier {name} : refusé, il est signé par la clé {signer}, mais ce poste fait "
        "confiance à {trusted} pour {party} ; si {party} a vraiment changé de clé, importez "
        "la nouvelle avec --trust FICHIER_CLE",
    },
    "signed.not-the-fingerprint": {
        "en": "file {name}: refused, it is signed by key {signer}, not by the fingerprint you "
        "gave ({given})",
        "fr": "fichier {name} : refusé, il est signé par la clé {signer}, pas par l'empreinte "
        "indiquée ({given})",
    },
    "signed.first-file": {
        "en": "first file from {party}: its key fingerprint is {signer}; check it with them "
        "(phone, letter), then run again with --trust-fingerprint '{signer}' or import their "
        "key with --trust KEYFILE",
        "fr": "premier fichier de {party} : l'empreinte de sa clé est {signer} ; vérifiez-la "
        "avec eux (téléphone, courrier), puis relancez avec --trust-fingerprint '{signer}' ou "
        "importez leur clé avec --trust FICHIER_CLE",
    },
    # ------------------------------------- restoring a copy (services/restore_checks.py)
    "restore.unverified": {
        "en": "file {name}: {problem}; nothing was changed (restore it anyway with "
        "--accept-unverified)",
        "fr": "fichier {name} : {problem} ; rien n'a été modifié (pour la restaurer quand même : "
        "--accept-unverified)",
    },
    "restore.manifest-unreadable": {
        "en": "its manifest {name} cannot be read",
        "fr": "son manifeste {name} est illisible",
    },
    "restore.not-sqlite": {
        "en": "file {name} is not a SQLite database",
        "fr": "le fichier {name} n'est pas une base SQLite",
    },
    "restore.damaged": {
        "en": "file {name} is damaged ({reason})",
        "fr": "le fichier {name} est endommagé ({reason})",
    },
    "restore.not-carnet-desk": {
        "en": "file {name} is not a Carnet Desk database",
        "fr": "le fichier {name} n'est pas une base Carnet Desk",
    },
    "restore.newer": {
        "en": "file {name} was written by a newer Carnet Desk (schema {schema})",
        "fr": "le fichier {name} a été écrit par un Carnet Desk plus récent (schéma {schema})",
    },
    "restore.cannot-upgrade": {
        "en": "file {name} is not a whole Carnet Desk database (it cannot be brought to the "
        "current schema: {reason})",
        "fr": "le fichier {name} n'est pas une base Carnet Desk complète (impossible de la "
        "mettre au schéma actuel : {reason})",
    },
    "restore.schema-differs": {
        "en": "file {name} is not a whole Carnet Desk database ({difference})",
        "fr": "le fichier {name} n'est pas une base Carnet Desk complète ({difference})",
    },
    "restore.table-missing": {
        "en": "table {table} is missing",
        "fr": "la table {table} manque",
    },
    "restore.table-unknown": {"en": "unknown table {table}", "fr": "table inconnue {table}"},
    "restore.column-missing": {
        "en": "column {column} is missing",
        "fr": "la colonne {column} manque",
    },
    "restore.column-unknown": {
        "en": "unknown column {column}",
        "fr": "colonne inconnue {column}",
    },
    "restore.other-difference": {
        "en": "{kind} differs from this program's schema",
        "fr": "{kind} : diffère du schéma de ce programme",
    },
    "restore.chain-broken": {
        "en": "file {name}: its audit trail is broken ({problem})",
        "fr": "fichier {name} : sa piste d'audit est rompue ({problem})",
    },
    "restore.rows-differ": {
        "en": "file {name}: its audit trail does not match its data ({problem})",
        "fr": "fichier {name} : sa piste d'audit ne correspond pas à ses données ({problem})",
    },
    "restore.checksum": {
        "en": "its checksum does not match its manifest (the copy was changed after it was made)",
        "fr": "sa somme de contrôle ne correspond pas à son manifeste (la copie a été modifiée "
        "après sa création)",
    },
    "restore.head-unsigned": {
        "en": "the signed head in its manifest does not verify",
        "fr": "la tête signée de son manifeste ne se vérifie pas",
    },
    # --------------------------------------------- letterhead (services/letterhead.py)
    "letterhead.unknown-field": {
        "en": "{name}: not a letterhead field",
        "fr": "{name} : ce n'est pas un champ de l'en-tête",
    },
    "letterhead.margin": {
        "en": "claim margin: {days} days is not between 0 and {most}",
        "fr": "marge des réclamations : {days} jours, ce n'est pas entre 0 et {most}",
    },
    "letterhead.too-long": {
        "en": "{name}: longer than {most} characters",
        "fr": "{name} : plus de {most} caractères",
    },
    "letterhead.email": {
        "en": "e-mail: {text!r} is not an e-mail address",
        "fr": "e-mail : {text!r} n'est pas une adresse e-mail",
    },
    "letterhead.language": {
        "en": "letter language: {text!r} is not one of {known}",
        "fr": "langue des lettres : {text!r} n'est pas l'une de {known}",
    },
    "letterhead.logo": {
        "en": "logo: {text} is not a PNG or JPEG file",
        "fr": "logo : {text} n'est pas un fichier PNG ou JPEG",
    },
    # --------------------------------------------------------- the command line (cli/)
    "cli.keep-one": {
        "en": "keep: keep at least one copy",
        "fr": "keep : gardez au moins une copie",
    },
    "cli.restore-sqlite-only": {
        "en": "restore replaces a SQLite file; for PostgreSQL, create a new database and fill "
        "it with `carnet import-all` from a backup or an export-all file",
        "fr": "restore remplace un fichier SQLite ; pour PostgreSQL, créez une nouvelle base et "
        "remplissez-la avec `carnet import-all` depuis une sauvegarde ou un fichier export-all",
    },
    "cli.audit-broken": {
        "en": "audit trail broken: {problem}",
        "fr": "piste d'audit rompue : {problem}",
    },
    "cli.demo-count": {
        "en": "carnets: give between 1 and 1,000,000",
        "fr": "carnets : indiquez un nombre entre 1 et 1 000 000",
    },
    "cli.accept": {
        "en": "accept: {text!r} is not 'all' or ids like 1,3",
        "fr": "accept : {text!r} n'est ni 'all' ni une liste de numéros comme 1,3",
    },
    "cli.verify-failed": {"en": "verify: {reason}", "fr": "vérification : {reason}"},
    "cli.application-too-large": {
        "en": "file {name}: larger than {most} MB, not an application",
        "fr": "fichier {name} : plus de {most} Mo, ce n'est pas une demande",
    },
    "cli.bad-json": {
        "en": "file {name}: not valid JSON (line {line}, column {column}: {reason})",
        "fr": "fichier {name} : JSON non valable (ligne {line}, colonne {column} : {reason})",
    },
    "cli.unusable-json": {
        "en": "file {name}: not a usable JSON document ({reason})",
        "fr": "fichier {name} : document JSON inutilisable ({reason})",
    },
    "cli.list-refused": {
        "en": "general list refused, nothing imported: {count:plural:error, written|errors, "
        "every one written} to {path}",
        "fr": "liste générale refusée, rien n'a été importé : {count:plural:erreur, écrite|"
        "erreurs, toutes écrites} dans {path}",
    },
    "cli.errors-unwritable": {
        "en": "--errors {path}: cannot be written ({reason})",
        "fr": "--errors {path} : écriture impossible ({reason})",
    },
    "cli.unknown-country": {
        "en": "{code}: not in the country table",
        "fr": "{code} : absent de la table des pays",
    },
    "cli.no-database": {
        "en": "database {path}: no such file (create it with `carnet --db {option} init`)",
        "fr": "base {path} : fichier introuvable (créez-la avec `carnet --db {option} init`)",
    },
    "cli.bad-database-url": {
        "en": "database URL {url}: not usable ({reason}); check the driver (sqlite, "
        "postgresql+psycopg), host, port and name",
        "fr": "URL de base {url} : inutilisable ({reason}) ; vérifiez le pilote (sqlite, "
        "postgresql+psycopg), l'hôte, le port et le nom",
    },
    "cli.damaged-database": {
        "en": "the database file is damaged ({reason}); restore it from a backup with "
        "`carnet restore FILE`",
        "fr": "le fichier de la base est endommagé ({reason}) ; restaurez-le depuis une "
        "sauvegarde avec `carnet restore FICHIER`",
    },
}
