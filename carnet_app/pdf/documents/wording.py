"""The chamber's letters in English and French: one catalogue, and the helpers that print a
label or a paragraph in the letter's language (``en``, ``fr``, or ``en+fr``, bilingual)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date

from carnet_app.pdf import numbers

LOCALES = {"en": "en_GB", "fr": "fr_FR"}  # dates written as a European chamber writes them

WORDS: dict[str, tuple[str, str]] = {
    # letter frame
    "our_ref": ("Our reference", "Notre référence"),
    "carnet_ref": ("A.T.A. carnet", "Carnet A.T.A."),
    "dear": ("Dear Sir or Madam,", "Madame, Monsieur,"),
    "closing": (
        "Yours faithfully,",
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    ),
    "phone": ("Tel.", "Tél."),
    "email": ("E-mail", "Courriel"),
    "page": ("Page {number} of {total}", "Page {number} sur {total}"),
    # quote
    "quote_title": (
        "Security and fee quote {reference}",
        "Devis de garantie et de frais {reference}",
    ),
    "quote_intro": (
        "Thank you for your application for an A.T.A. carnet. Please find below the security "
        "and the fees for the carnet you asked for.",
        "Nous vous remercions de votre demande de carnet A.T.A. Vous trouverez ci-dessous le "
        "montant de la garantie et des frais du carnet demandé.",
    ),
    "quote_date": ("Date of quote", "Date du devis"),
    "quote_valid": ("Quote valid until", "Devis valable jusqu'au"),
    "intended_use": ("Intended use", "Utilisation prévue"),
    "countries": ("Countries", "Pays"),
    "voucher_sets": ("Voucher sets", "Jeux de volets"),
    "sets_value": (
        "yellow {yellow}, white {white}, blue {blue}",
        "jaunes {yellow}, blancs {white}, bleus {blue}",
    ),
    "list_value": ("General list value", "Valeur de la liste générale"),
    "security": ("Security", "Garantie"),
    "country": ("Country", "Pays"),
    "use": ("Use", "Utilisation"),
    "rate": ("Rate", "Taux"),
    "basis": ("Basis", "Base"),
    "security_total": (
        "Security to lodge (the highest amount): {amount}",
        "Garantie à constituer (le montant le plus élevé) : {amount}",
    ),
    "security_forms": (
        "Accepted forms of security: {forms}",
        "Formes de garantie acceptées : {forms}",
    ),
    "fees": ("Fees", "Frais"),
    "fee": ("Fee", "Frais"),
    "amount": ("Amount", "Montant"),
    "fees_total": ("Total fees", "Total des frais"),
    "to_pay": (
        "To pay now: {fees} in fees, and a security of {security} held until the carnet is "
        "discharged and the claims period has ended.",
        "À régler maintenant : {fees} de frais, et une garantie de {security} conservée "
        "jusqu'à la décharge du carnet et la fin du délai de réclamation.",
    ),
    # claim notice
    "claim_title": (
        "Customs claim on A.T.A. carnet {carnet}",
        "Réclamation douanière sur le carnet A.T.A. {carnet}",
    ),
    "claim_intro": (
        "The customs of {country} notified us on {notified} of a claim under your carnet "
        "{carnet} for {amount}.",
        "La douane de {country} nous a notifié le {notified} une réclamation au titre de "
        "votre carnet {carnet} pour un montant de {amount}.",
    ),
    "claim_reference": ("Claim reference", "Référence de la réclamation"),
    "claiming_country": ("Claiming country", "Pays réclamant"),
    "notified_on": ("Notified on", "Notifiée le"),
    "amount_claimed": ("Amount claimed", "Montant réclamé"),
    "reason": ("Reason given", "Motif indiqué"),
    "goods_concerned": ("Goods concerned", "Marchandises concernées"),
    "item_no": ("Item", "N°"),
    "description": ("Description", "Désignation"),
    "in_transit": ("in transit, {country}", "en transit, {country}"),
    "deadline_heading": ("Your deadline", "Votre délai"),
    "proof_by": ("Proof to reach us by", "Preuve à nous faire parvenir au plus tard le"),
    "payment_final": ("Payment becomes final on", "Le paiement devient définitif le"),
    "claim_request": (
        "Please send us, by that date, proof that the goods left {country} in time: the "
        "re-exportation counterfoil stamped by its customs, a later importation or "
        "re-importation stamp in this carnet, or any other document showing the goods were "
        "outside that country. Without proof we must pay the claim and recover it from your "
        "security.",
        "Merci de nous faire parvenir, avant cette date, la preuve que les marchandises ont "
        "quitté le pays réclamant ({country}) dans les délais : la souche de réexportation "
        "visée par sa douane, "
        "un visa ultérieur d'importation ou de réimportation dans ce carnet, ou tout autre "
        "document établissant que les marchandises se trouvaient hors de ce pays. À défaut, "
        "nous devrons payer la réclamation et la recouvrer sur votre garantie.",
    ),
    # discharge certificate
    "discharge_title": (
        "Discharge certificate, A.T.A. carnet {carnet}",
        "Certificat de décharge, carnet A.T.A. {carnet}",
    ),
    "discharge_text": (
        "{association} certifies that A.T.A. carnet {carnet}, issued to {holder}, was "
        "returned on {returned} and discharged on {discharged}: every item of its general "
        "list has been accounted for.",
        "{association} certifie que le carnet A.T.A. {carnet}, délivré à {holder}, a été "
        "restitué le {returned} et déchargé le {discharged} : toutes les marchandises de sa "
        "liste générale ont été justifiées.",
    ),
    "carnet_no": ("Carnet No.", "Carnet n°"),
    "issued_on": ("Issued on", "Délivré le"),
    "valid_until": ("Valid until", "Valable jusqu'au"),
    "returned_on": ("Returned on", "Restitué le"),
    "discharged_on": ("Discharged on", "Déchargé le"),
    "general_list": ("General list", "Liste générale"),
    "pieces_value": ("{pieces} for {value}", "{pieces} pour {value}"),
    "claims_until": ("Customs may claim until", "Réclamations douanières possibles jusqu'au"),
    "released_on": ("Security released on", "Garantie libérée le"),
    "release_from": ("Security to be released from", "Garantie libérable à partir du"),
    # goods-abroad report
    "abroad_title": (
        "Carnets with goods abroad on {day}",
        "Carnets avec marchandises à l'étranger au {day}",
    ),
    "abroad_note": ("Negative days are overdue.", "Un nombre de jours négatif signale un retard."),
    "carnet": ("Carnet", "Carnet"),
    "holder": ("Holder", "Titulaire"),
    "where": ("Where", "Où"),
    "items": ("Items", "Articles"),
    "pieces": ("Pieces", "Pièces"),
    "value": ("Value", "Valeur"),
    "final_date": ("Final date", "Date limite"),
    "days_left": ("Days left", "Jours restants"),
    "total": ("Total", "Total"),
}

PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "piece": (("{n} piece", "{n} pieces"), ("{n} pièce", "{n} pièces")),
    "entry": (("{n} entry", "{n} entries"), ("{n} ligne", "{n} lignes")),
    "carnet": (("{n} carnet", "{n} carnets"), ("{n} carnet", "{n} carnets")),
}


def letter_languages(language: str) -> tuple[str, ...]:
    """The languages a letter set in ``language`` (``en``, ``fr`` or ``en+fr``) is written in."""
    return ("en", "fr") if language == "en+fr" else (("fr",) if language == "fr" else ("en",))


class Words:
    """Letter text in one language or both."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.codes = letter_languages(language)

    @staticmethod
    def _in(key: str, code: str) -> str:
        english, french = WORDS[key]
        return french if code == "fr" else english

    def each(self, key: str, **values: object) -> list[tuple[str, str]]:
        """``(code, text)`` per language of the letter; a ``date`` value is written in each
        language ("1 June 2027", "1 juin 2027")."""
        return [
            (code, self._in(key, code).format(**self._written_in(code, values)))
            for code in self.codes
        ]

    @staticmethod
    def _written_in(code: str, values: dict[str, object]) -> dict[str, object]:
        return {
            name: str(format_date(value, format="long", locale=LOCALES[code]))
            if isinstance(value, date)
            else value
            for name, value in values.items()
        }

    def label(self, key: str, **values: object) -> str:
        """A short label: ``EN / FR`` in a bilingual letter."""
        return " / ".join(text for _, text in self.each(key, **values))

    def plural(self, key: str, number: int) -> str:
        english, french = PLURALS[key]
        texts = []
        for code in self.codes:
            one, many = french if code == "fr" else english
            # French: 0 and 1 are singular; English: only 1
            singular = number in (0, 1) if code == "fr" else number == 1
            texts.append((one if singular else many).format(n=numbers.count(number, code)))
        return " / ".join(texts)

    def money(self, amount: Decimal, currency: str) -> str:
        """``EUR 1,234.50`` in English and bilingual letters, ``1 234,50 EUR`` in French."""
        if self.codes == ("fr",):
            return f"{numbers.amount(amount, 'fr')} {currency}"
        return f"{currency} {numbers.amount(amount)}"

    def day(self, value: date | None) -> str:
        """A date written out (``30 November 2026`` / ``30 novembre 2026``)."""
        if value is None:
            return "-"
        return " / ".join(
            str(format_date(value, format="long", locale=LOCALES[code])) for code in self.codes
        )

    def place_and_date(self, town: str, value: date) -> str:
        parts = []
        for code in self.codes:
            written = str(format_date(value, format="long", locale=LOCALES[code]))
            if code == "fr":
                parts.append(f"{town}, le {written}" if town else f"Le {written}")
            else:
                parts.append(f"{town}, {written}" if town else written)
        return " / ".join(parts)
