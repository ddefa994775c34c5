"""Translation helpers shared by every view, and the Japanese labels of the domain's codes.

The database stores stable English codes (``inbound``, ``complaint``, ``do_not_mail``…); the
operator reads Japanese words (GLOSSARY.md), or English ones through the translation file. The
labels live here, once, marked with :func:`QT_TRANSLATE_NOOP` so lupdate collects them, and are
translated where they are shown. An unknown code is shown as it is rather than hidden: a new
value written by a newer service must never make an entry vanish from the desk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

# Business dates and times of day are Japanese (DESIGN.md: timestamps UTC, business dates JST).
JST = dt.timezone(dt.timedelta(hours=9), "JST")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untranslated.

    A typed stand-in for PySide6's own (typed ``object``); lupdate finds the call by its name.
    The text is translated where it is shown, with ``QCoreApplication.translate``.
    """
    del context
    return source


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under a short name."""
    return QCoreApplication.translate(context, text)


def jst_today() -> dt.date:
    """Today's business date in Japan (the desk's default 'today')."""
    return dt.datetime.now(JST).date()


def format_when(at: dt.datetime) -> str:
    """A timestamp as the operator reads it: JST, ``2026-11-23 14:05``."""
    return at.astimezone(JST).strftime("%Y-%m-%d %H:%M")


def format_date(day: dt.date | None) -> str:
    """``2026-12-01``, or an em dash when unknown."""
    return day.isoformat() if day is not None else "—"


def format_duration(seconds: int) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) for the call timer."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def format_yen(amount: int) -> str:
    """``¥3,980``."""
    return f"¥{amount:,}"


# ------------------------------------------------------------------------------ labels

LABELS = "Labels"

TIMELINE_KINDS: dict[str, str] = {
    "order": QT_TRANSLATE_NOOP("Labels", "注文"),
    "contact": QT_TRANSLATE_NOOP("Labels", "対応"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "クレーム"),
    "cancellation": QT_TRANSLATE_NOOP("Labels", "解約"),
    "mailing": QT_TRANSLATE_NOOP("Labels", "DM"),
    "voice": QT_TRANSLATE_NOOP("Labels", "お客様の声"),
    "subscription": QT_TRANSLATE_NOOP("Labels", "定期変更"),
    "flag": QT_TRANSLATE_NOOP("Labels", "フラグ"),
}
DIRECTIONS: dict[str, str] = {
    "inbound": QT_TRANSLATE_NOOP("Labels", "入電"),
    "outbound": QT_TRANSLATE_NOOP("Labels", "架電"),
}
CONTACT_CATEGORIES: dict[str, str] = {
    "inquiry": QT_TRANSLATE_NOOP("Labels", "問い合わせ"),
    "order": QT_TRANSLATE_NOOP("Labels", "注文"),
    "change": QT_TRANSLATE_NOOP("Labels", "変更"),
    "cancellation": QT_TRANSLATE_NOOP("Labels", "解約"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "クレーム"),
    "voice": QT_TRANSLATE_NOOP("Labels", "お客様の声"),
    "other": QT_TRANSLATE_NOOP("Labels", "その他"),
}
CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Labels", "電話"),
    "email": QT_TRANSLATE_NOOP("Labels", "メール"),
    "letter": QT_TRANSLATE_NOOP("Labels", "手紙"),
    "chat": QT_TRANSLATE_NOOP("Labels", "チャット"),
}
COMPLAINT_CATEGORIES: dict[str, str] = {
    "product": QT_TRANSLATE_NOOP("Labels", "商品"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "配送"),
    "billing": QT_TRANSLATE_NOOP("Labels", "請求"),
    "service": QT_TRANSLATE_NOOP("Labels", "対応"),
    "other": QT_TRANSLATE_NOOP("Labels", "その他"),
}
SEVERITIES: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("Labels", "軽度"),
    "medium": QT_TRANSLATE_NOOP("Labels", "中程度"),
    "high": QT_TRANSLATE_NOOP("Labels", "重大"),
}
COMPLAINT_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "未解決"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "エスカレーション中"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "解決済み"),
}
ORDER_STATUSES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Labels", "受付"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "発送済み"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "お届け済み"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "キャンセル"),
    "returned": QT_TRANSLATE_NOOP("Labels", "返品・受取拒否"),
}
SUBSCRIPTION_STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Labels", "継続中"),
    "paused": QT_TRANSLATE_NOOP("Labels", "休止中"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "解約済み"),
}
CANCELLATION_OUTCOMES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Labels", "対応中"),
    "retained": QT_TRANSLATE_NOOP("Labels", "引き止め成功"),
    "changed": QT_TRANSLATE_NOOP("Labels", "内容変更で継続"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "解約"),
}
# The reason taxonomy's codes (resources/demo/cancellation_reasons.csv uses the same ones).
CANCELLATION_REASONS: dict[str, str] = {
    "surplus_stock": QT_TRANSLATE_NOOP("Labels", "商品が余っている"),
    "no_effect": QT_TRANSLATE_NOOP("Labels", "効果を実感できない"),
    "price": QT_TRANSLATE_NOOP("Labels", "価格が高い・経済的理由"),
    "skin_or_health": QT_TRANSLATE_NOOP("Labels", "肌・体質に合わない"),
    "switched": QT_TRANSLATE_NOOP("Labels", "他社商品に切り替え"),
    "moving": QT_TRANSLATE_NOOP("Labels", "引っ越し・長期不在"),
    "forgetting": QT_TRANSLATE_NOOP("Labels", "飲み忘れ・使い忘れ"),
    "family": QT_TRANSLATE_NOOP("Labels", "家族の反対"),
    "dislike_commitment": QT_TRANSLATE_NOOP("Labels", "定期の縛りが嫌"),
    "service": QT_TRANSLATE_NOOP("Labels", "対応への不満"),
    "other": QT_TRANSLATE_NOOP("Labels", "その他"),
}
MAILING_KINDS: dict[str, str] = {
    "thank_you": QT_TRANSLATE_NOOP("Labels", "サンクスレター"),
    "dormant_dm": QT_TRANSLATE_NOOP("Labels", "休眠顧客フォローDM"),
    "follow_up_dm": QT_TRANSLATE_NOOP("Labels", "フォローDM"),
    "milestone": QT_TRANSLATE_NOOP("Labels", "お届け回数記念レター"),
    "flyer": QT_TRANSLATE_NOOP("Labels", "お客様の声チラシ"),
    "cancellation_confirmation": QT_TRANSLATE_NOOP("Labels", "解約手続き完了のお知らせ"),
    # Issue 6: the birthday card and the cancellation letter of resources/templates.
    "birthday": QT_TRANSLATE_NOOP("Labels", "バースデーカード"),
    "cancellation": QT_TRANSLATE_NOOP("Labels", "解約のご案内"),
}
#: Why a customer of a batch gets no letter (crmdesk.domain.segments.ExclusionReason).
EXCLUSION_REASONS: dict[str, str] = {
    "do_not_mail": QT_TRANSLATE_NOOP("Labels", "DM不要"),
    "returned_mail": QT_TRANSLATE_NOOP("Labels", "宛所不明"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP（個別対応）"),
    "cool_down": QT_TRANSLATE_NOOP("Labels", "クールダウン期間内に連絡済み"),
    "open_complaint": QT_TRANSLATE_NOOP("Labels", "未解決のクレームあり"),
    "no_address": QT_TRANSLATE_NOOP("Labels", "住所なし"),
    "same_household": QT_TRANSLATE_NOOP("Labels", "同一世帯に送付済み（このバッチ）"),
}
#: What a batch or a letter is (crmdesk.domain.letters.DocumentKind).
DOCUMENT_KINDS: dict[str, str] = {
    "thankyou": QT_TRANSLATE_NOOP("Labels", "サンクスレター"),
    "dm": QT_TRANSLATE_NOOP("Labels", "フォローDM"),
    "flyer": QT_TRANSLATE_NOOP("Labels", "お客様の声チラシ"),
    "labels": QT_TRANSLATE_NOOP("Labels", "宛名ラベル"),
    "envelopes": QT_TRANSLATE_NOOP("Labels", "長形3号封筒"),
    "apology": QT_TRANSLATE_NOOP("Labels", "お詫び・ご確認の手紙"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "バースデーカード"),
    "cancellation": QT_TRANSLATE_NOOP("Labels", "解約のご案内"),
}
SUBSCRIPTION_EVENTS: dict[str, str] = {
    "start": QT_TRANSLATE_NOOP("Labels", "定期開始"),
    "skip": QT_TRANSLATE_NOOP("Labels", "スキップ"),
    "cycle_change": QT_TRANSLATE_NOOP("Labels", "周期変更"),
    "cycle": QT_TRANSLATE_NOOP("Labels", "周期変更"),
    "pause": QT_TRANSLATE_NOOP("Labels", "休止"),
    "resume": QT_TRANSLATE_NOOP("Labels", "再開"),
    "cancel": QT_TRANSLATE_NOOP("Labels", "解約"),
    "next_ship_date": QT_TRANSLATE_NOOP("Labels", "次回お届け日変更"),
    "next_date": QT_TRANSLATE_NOOP("Labels", "次回お届け日変更"),
    "quantity": QT_TRANSLATE_NOOP("Labels", "数量変更"),
    "quantity_change": QT_TRANSLATE_NOOP("Labels", "数量変更"),
    "product": QT_TRANSLATE_NOOP("Labels", "商品変更"),
    "product_change": QT_TRANSLATE_NOOP("Labels", "商品変更"),
}
FLAGS: dict[str, str] = {
    "do_not_mail": QT_TRANSLATE_NOOP("Labels", "DM不要"),
    "do_not_call": QT_TRANSLATE_NOOP("Labels", "電話不可"),
    "do_not_email": QT_TRANSLATE_NOOP("Labels", "メール不要"),
    "returned_mail": QT_TRANSLATE_NOOP("Labels", "宛所不明"),
}
FLAG_STATES: dict[str, str] = {
    "on": QT_TRANSLATE_NOOP("Labels", "設定"),
    "off": QT_TRANSLATE_NOOP("Labels", "解除"),
}
RANKS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "新規"),
    "regular": QT_TRANSLATE_NOOP("Labels", "一般"),
    "silver": QT_TRANSLATE_NOOP("Labels", "シルバー"),
    "gold": QT_TRANSLATE_NOOP("Labels", "ゴールド"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP"),
}
GENDERS: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Labels", "女性"),
    "male": QT_TRANSLATE_NOOP("Labels", "男性"),
    "other": QT_TRANSLATE_NOOP("Labels", "その他"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "不明"),
}
ROLES: dict[str, str] = {
    "operator": QT_TRANSLATE_NOOP("Labels", "オペレーター"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "SV"),
    "admin": QT_TRANSLATE_NOOP("Labels", "管理者"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of ``code`` in ``table``; the code itself when unknown."""
    text = table.get(code)
    return translate(LABELS, text) if text else code
