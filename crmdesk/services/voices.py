"""Customer voices (お客様の声): the words, the publication consent and the agreed display name.

A voice may be printed on the customer-voice flyer only with consent (掲載許可) and only under
the display name the customer agreed to on the phone, e.g. 「50代・女性・東京都 K.S様」, so both
are recorded together: consent without a display name is refused.
"""

from __future__ import annotations

import datetime as dt

from crmdesk.domain.ids import CustomerId, OperatorId, VoiceId
from crmdesk.domain.model import Gender
from crmdesk.domain.readmodels import CustomerCard
from crmdesk.domain.validation import PREFECTURES, invalid, required_text
from crmdesk.services._common import audit, require_customer, require_operator, utc_now
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import CustomerVoice
from crmdesk.store.uow import UnitOfWork

__all__ = ["initial_of_kana", "record_voice", "suggest_display_name"]

# Column widths of customer_voices.
_MAX_DISPLAY_NAME = 100
_MAX_TAGS = 200

_GENDER_LABELS = {Gender.FEMALE.value: "女性", Gender.MALE.value: "男性"}

# The first Latin letter of the Hepburn romanisation of a mora, by its first kana. A following
# small kana (キャ kya, シュ shu) never changes the first letter, so the first kana decides.
_ROWS = {
    "A": "アァ", "I": "イィヰ", "U": "ウゥ", "E": "エェヱ", "O": "オォヲ",
    "K": "カキクケコヵヶ", "G": "ガギグゲゴ", "S": "サシスセソ", "Z": "ザズゼゾヅ",
    "J": "ジヂ", "T": "タツテト", "C": "チ", "D": "ダデド", "N": "ナニヌネノン",
    "H": "ハヒヘホ", "F": "フ", "B": "バビブベボ", "P": "パピプペポ", "M": "マミムメモ",
    "Y": "ヤユヨャュョ", "R": "ラリルレロ", "W": "ワヮ", "V": "ヴ",
}  # fmt: skip
_INITIALS = {kana: letter for letter, row in _ROWS.items() for kana in row}


def initial_of_kana(kana: str) -> str:
    """The initial of a reading: the first letter of the Hepburn romanisation of its first mora.

    ``'ケイコ'`` → ``'K'``, ``'シンジ'`` → ``'S'`` (shi), ``'チアキ'`` → ``'C'`` (chi),
    ``'フミ'`` → ``'F'`` (fu), ``'ジュン'`` → ``'J'``; ``''`` when the reading does not start
    with katakana. Deliberately only the first mora: initials are all a display name needs.
    """
    return _INITIALS.get(kana.strip()[:1], "")


def suggest_display_name(card: CustomerCard, today: dt.date) -> str:
    """A display name to propose to the customer: 「50代・女性・東京都 K.S様」.

    Age band (from the birth date on ``today``), gender (女性/男性; omitted when other or
    unknown), prefecture (from the address) and initials given-name first, family second, as the
    trade writes them. Parts that are unknown are left out; with no reading at all the name is
    「お客様」. The operator reads it out and edits it if the customer prefers another.
    """
    parts: list[str] = []
    age = card.age(today)
    if age is not None and age >= 0:
        parts.append(f"{age // 10 * 10}代")
    if card.gender in _GENDER_LABELS:
        parts.append(_GENDER_LABELS[card.gender])
    prefecture = next((p for p in PREFECTURES if card.summary.address.startswith(p)), "")
    if prefecture:
        parts.append(prefecture)
    family_kana, _, given_kana = card.summary.kana.partition(" ")
    initials = ".".join(i for i in (initial_of_kana(given_kana), initial_of_kana(family_kana)) if i)
    name = f"{initials}様" if initials else "お客様"
    return f"{'・'.join(parts)} {name}" if parts else name


def record_voice(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    *,
    text: str,
    consent: bool,
    display_name: str,
    tags: str = "",
) -> VoiceId:
    """Record what the customer said; with ``consent`` the agreed ``display_name`` is required.

    ``text`` is required (ValidationError at ``text``); consent without a display name is a
    ValidationError at ``display_name``. ``consent_at`` is the time of recording. Without consent
    the display name is not stored: the customer agreed to it only for publication.
    """
    body = required_text(text, "text")
    shown = (
        required_text(display_name, "display_name", max_length=_MAX_DISPLAY_NAME) if consent else ""
    )
    tag_text = tags.strip()
    if len(tag_text) > _MAX_TAGS:
        raise invalid("tags", f"is longer than {_MAX_TAGS} characters", "too_long")
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        require_customer(s, customer_id)
        now = utc_now()
        voice = CustomerVoice(
            customer_id=customer_id,
            text=body,
            consent=consent,
            consent_at=now if consent else None,
            display_name=shown,
            tags=tag_text,
            operator_id=operator_id,
            received_at=now,
        )
        s.add(voice)
        s.flush()
        audit(
            s,
            operator_id,
            action="create",
            entity="customer_voice",
            entity_id=voice.id,
            detail={"consent": consent, "display_name": shown},
            at=now,
        )
        notify_customer_changed(s, customer_id)
        s.flush()
        uow.commit()
        return VoiceId(voice.id)
