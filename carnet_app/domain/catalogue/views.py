"""Message catalogue: the command line's own refusals about its options and environment
(the commands that show and change carnets)."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    "cli.today-not-a-date": {
        "en": "{variable}={value!r} is not a date: set it as YYYY-MM-DD or unset it",
        "fr": "{variable}={value!r} n'est pas une date : écrivez-la AAAA-MM-JJ ou retirez-la",
    },
    "cli.refers-to-numbers": {
        "en": "refers-to: give importation voucher numbers like 1,2",
        "fr": "refers-to : donnez des numéros de volets d'importation, par exemple 1,2",
    },
    "cli.within-days": {
        "en": "within: give a number of days, 0 or more",
        "fr": "within : donnez un nombre de jours, 0 ou plus",
    },
}
