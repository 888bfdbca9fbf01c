"""Hypothesis strategies for the printing properties: texts in the scripts a chamber meets
(Latin, Cyrillic, Greek, CJK, Arabic, Hebrew), up to the limits the desk accepts, and the
numbers of a goods line up to its column limits."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from carnet_app.domain.application import MAX_INTEGER_DIGITS
from carnet_app.domain.goods_checks import MAX_PIECES, MAX_VALUE, WEIGHT_DECIMALS, WEIGHT_UNITS

NAME_LIMIT = 300  # a holder's or a representative's name (domain/application.py)
SCRIPTS = {
    "latin": "abcdefghijklmnopqrstuvwxyzéèàçøåßÆŒ-'&ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ",
    "cjk": "株式会社映像東京都千代田区丸の内北京影视有限公司서울영상한국어カメラ機材",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهويسجادةمحمدالأحمد",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשתםןףךץ",
}


@st.composite
def texts(draw: st.DrawFn, limit: int) -> str:
    """Words of one or two scripts, up to ``limit`` characters, sometimes several lines; often
    right at the limit, where a box overflows."""
    scripts = draw(st.lists(st.sampled_from(sorted(SCRIPTS)), min_size=1, max_size=2))
    alphabet = "".join(SCRIPTS[name] for name in scripts)
    word = st.text(alphabet=alphabet, min_size=1, max_size=draw(st.integers(1, 40)))
    separator = st.sampled_from([" ", " ", " ", ", ", "; ", "\n", " / "])
    target = draw(st.sampled_from([limit, limit, limit // 2, limit // 10 + 1, 12]))
    words = draw(st.lists(st.tuples(word, separator), min_size=1, max_size=target // 4 + 1))
    text = "".join(w + s for w, s in words).strip()
    while len(text) < target and text:  # repeat the words up to the target length
        text = f"{text} {text}"
    text = text[:target].strip()
    return text or "x"


def _below(limit: Decimal, decimals: int) -> st.SearchStrategy[Decimal]:
    """Decimals with ``decimals`` places from 0 to just under ``limit``, often at the top."""
    unit = Decimal(1).scaleb(-decimals)
    top = int(limit / unit) - 1
    steps = st.one_of(
        st.integers(0, top),
        st.integers(top - 1000, top),
        st.integers(0, 10**7),
    )
    return steps.map(lambda n: (Decimal(n) * unit).quantize(unit))


values = _below(MAX_VALUE, 2)
pieces = st.one_of(st.integers(1, MAX_PIECES), st.integers(MAX_PIECES - 10, MAX_PIECES))
weights = st.none() | st.integers(0, WEIGHT_DECIMALS).flatmap(
    lambda places: _below(Decimal(10) ** MAX_INTEGER_DIGITS, places)
)
weight_units = st.sampled_from(WEIGHT_UNITS)
