"""Message catalogue: the database, the signing key, backups and restores, schedule files and
the files desks exchange."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the database
    "database.record-changed": {
        "en": "another desk changed the same record at the same time; reload it and try again",
        "fr": "un autre poste a modifié le même enregistrement au même moment ; rechargez-le et "
        "réessayez",
    },
    "database.data-changed": {
        "en": "another desk changed the same data at the same time; nothing was saved, try again",
        "fr": "un autre poste a modifié les mêmes données au même moment ; rien n'a été "
        "enregistré, réessayez",
    },
    "database.refused": {
        "en": "refused by the database: {reason}",
        "fr": "refusé par la base de données : {reason}",
    },
    "database.problem": {
        "en": "database {path}: {reason} ({hint})",
        "fr": "base de données {path} : {reason} ({hint})",
    },
    "database.server-problem": {
        "en": "database server {path}: {reason} ({hint})",
        "fr": "serveur de base de données {path} : {reason} ({hint})",
    },
    "database.hint.locked": {
        "en": "another desk is writing to it; try again in a moment",
        "fr": "un autre poste est en train d'y écrire ; réessayez dans un instant",
    },
    "database.hint.read-only": {
        "en": "the file is read-only; check its permissions",
        "fr": "le fichier est en lecture seule ; vérifiez ses droits",
    },
    "database.hint.disk-full": {
        "en": "the disk is full; free some space",
        "fr": "le disque est plein ; libérez de la place",
    },
    "database.hint.damaged": {
        "en": "the file is damaged; restore it from a backup with `carnet restore FILE`",
        "fr": "le fichier est endommagé ; restaurez-le depuis une sauvegarde avec "
        "`carnet restore FICHIER`",
    },
    "database.hint.check-file": {
        "en": "check the file and its folder",
        "fr": "vérifiez le fichier et son dossier",
    },
    "database.hint.server-busy": {
        "en": "another desk is writing; try again in a moment",
        "fr": "un autre poste est en train d'écrire ; réessayez dans un instant",
    },
    "database.hint.server-down": {
        "en": "check that the server is running and reachable",
        "fr": "vérifiez que le serveur est démarré et joignable",
    },
    "database.not-carnet-desk": {
        "en": "{path} is not a Carnet Desk database (it holds other tables: {tables}); choose "
        "the desk's own database file",
        "fr": "{path} n'est pas une base Carnet Desk (elle contient d'autres tables : {tables}) ; "
        "choisissez le fichier de base du bureau",
    },
    "database.newer": {
        "en": "database {path} was written by a newer Carnet Desk (schema {schema}); install the "
        "newer program to open it",
        "fr": "la base {path} a été écrite par une version plus récente de Carnet Desk (schéma "
        "{schema}) ; installez cette version pour l'ouvrir",
    },
    "database.no-data-folder": {
        "en": "cannot create the data folder {folder}: {reason}",
        "fr": "impossible de créer le dossier de données {folder} : {reason}",
    },
    "database.cannot-open": {
        "en": "cannot open database {path}: {reason} (the file is damaged or not a database; "
        "restore it from a backup with `carnet restore FILE`)",
        "fr": "impossible d'ouvrir la base {path} : {reason} (le fichier est endommagé ou n'est "
        "pas une base ; restaurez-la depuis une sauvegarde avec `carnet restore FICHIER`)",
    },
    "database.exists-use-open": {
        "en": "{path} exists already: use Open.",
        "fr": "{path} existe déjà : utilisez Ouvrir.",
    },
    # ------------------------------------------------------------------ the signing key
    "key.cannot-create": {
        "en": "cannot create the desk's signing key in {folder}: {reason}",
        "fr": "impossible de créer la clé de signature du bureau dans {folder} : {reason}",
    },
    "key.readable-by-others": {
        "en": "the signing key {path} can be read by other users (mode {mode}); make it private "
        "to you (chmod 600) and try again",
        "fr": "la clé de signature {path} est lisible par d'autres utilisateurs (mode {mode}) ; "
        "rendez-la privée (chmod 600) et réessayez",
    },
    "key.cannot-read": {
        "en": "cannot read the signing key {path}: {reason}",
        "fr": "impossible de lire la clé de signature {path} : {reason}",
    },
    "key.damaged": {
        "en": "the signing key {path} is damaged; restore it from your key backup",
        "fr": "la clé de signature {path} est endommagée ; restaurez-la depuis votre sauvegarde "
        "de clés",
    },
    "key.not-ed25519": {
        "en": "{path} is not an Ed25519 key",
        "fr": "{path} n'est pas une clé Ed25519",
    },
    # ------------------------------------------------------------------ backups and restores
    "backup.failed": {
        "en": "backup to {folder} failed: {reason}",
        "fr": "la sauvegarde dans {folder} a échoué : {reason}",
    },
    "backup.failed-maybe-damaged": {
        "en": "backup to {folder} failed: {reason} (if the database is damaged, restore it from "
        "a backup with `carnet restore FILE`)",
        "fr": "la sauvegarde dans {folder} a échoué : {reason} (si la base est endommagée, "
        "restaurez-la depuis une sauvegarde avec `carnet restore FICHIER`)",
    },
    "restore.sqlite-only": {
        "en": "restore replaces a SQLite file; for PostgreSQL, create a new database and fill it "
        "with `carnet import-all` from a backup or an export-all file",
        "fr": "la restauration remplace un fichier SQLite ; pour PostgreSQL, créez une nouvelle "
        "base et remplissez-la avec `carnet import-all` depuis une sauvegarde ou un export "
        "complet",
    },
    "restore.in-place-sqlite-only": {
        "en": "only a SQLite database file can be restored in place",
        "fr": "seul un fichier de base SQLite peut être restauré sur place",
    },
    "restore.same-file": {
        "en": "file: that is the database itself",
        "fr": "fichier : c'est la base de données elle-même",
    },
    "restore.cannot-keep-aside": {
        "en": "restore stopped: the present database could not be kept aside in {folder} "
        "({reason}); nothing was changed",
        "fr": "restauration arrêtée : la base actuelle n'a pas pu être mise de côté dans "
        "{folder} ({reason}) ; rien n'a été modifié",
    },
    "restore.busy": {
        "en": "restore into {path} failed, the database is unchanged: {reason} (another desk is "
        "writing; try again)",
        "fr": "la restauration dans {path} a échoué, la base est inchangée : {reason} (un autre "
        "poste écrit ; réessayez)",
    },
    "restore.cannot-write": {
        "en": "restore into {path} failed: {reason}",
        "fr": "la restauration dans {path} a échoué : {reason}",
    },
    "import-all.does-not-add-up": {
        "en": "file {name}: carnet {number} does not add up: {reason}",
        "fr": "fichier {name} : le carnet {number} n'est pas cohérent : {reason}",
    },
    # ------------------------------------------------------------------ schedule files
    "schedules-file.kind": {
        "en": "{name}: use a .toml or .json file",
        "fr": "{name} : utilisez un fichier .toml ou .json",
    },
    "schedules-file.not-valid": {
        "en": "{name}: not valid {kind}: {reason}",
        "fr": "{name} : {kind} non valable : {reason}",
    },
    "schedules-file.not-an-object": {
        "en": "{name}: must hold an object of schedules",
        "fr": "{name} : doit contenir un objet de barèmes",
    },
    "schedules-file.not-a-list": {
        "en": "{name}: schedules: must be a list of schedules",
        "fr": "{name} : schedules : doit être une liste de barèmes",
    },
    "schedules-file.refused": {
        "en": "{name}: {where}{reason}",
        "fr": "{name} : {where}{reason}",
    },
    "schedules-file.twice": {
        "en": "{name}: schedule {schedule!r} appears twice",
        "fr": "{name} : le barème {schedule!r} figure deux fois",
    },
    "schedules-file.active-unknown": {
        "en": "{name}: active: {active!r} is not one of the schedules",
        "fr": "{name} : active : {active!r} ne fait pas partie des barèmes",
    },
    "schedules.stored-damaged": {
        "en": "a stored schedule is damaged (not a JSON object)",
        "fr": "un barème enregistré est endommagé (ce n'est pas un objet JSON)",
    },
    # ------------------------------------------------------------------ files between desks
    "send.not-issuer": {
        "en": "carnet {number} was not issued by this desk: only its issuer sends it",
        "fr": "le carnet {number} n'a pas été délivré par ce bureau : seul son émetteur l'envoie",
    },
    "send.not-in-use": {
        "en": "carnet {number} is {status}: only an issued carnet in use is sent",
        "fr": "le carnet {number} est {status} : seul un carnet délivré, en service, est envoyé",
    },
    "receive.list-digest": {
        "en": "file {name}: refused, its general list does not match its digest",
        "fr": "fichier {name} : refusé, sa liste générale ne correspond pas à son empreinte",
    },
}
