"""The callback promise: specific (a window is named), vague (a promise, no window), refusal, or none.

A promise is a subject (a pronoun, named people, any short noun phrase naming a person, role or
team: "an estimator", "one of our nurses", "someone from billing"; "messages" in the passive) + a
future, modal or habit ("will", "'ll", "be sure to", "strive to", "typically") + a contact verb
("call back", "return your call", "get back to", "be in touch", "reach out", "follow up", "contact
you", "have a call back to you"); "you will receive a call" and "allow 24 hours for a return call"
promise too. It is specific when its sentence also names a window: a preposition and
a time expression ("within 48 hours", "by the end of the week", "in the morning", "on Monday",
"no later than noon", "on December 3rd"), each with an estimate of hours. A refusal is the same
grammar negated ("I won't be calling again", "nobody will call you back") or an unchecked mailbox
("messages are not monitored"). In a message, a promise moved off the phone ("we'll follow up by
email") is no call again. A promise deferred to the owner's return takes the out-of-office
return date when it names that day ("the day I'm back", "upon my return"); "when I'm back" stays
vague. All phrases come from ``lexicon/callback.toml``.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from typing import Optional

from .. import numwords
from ..model import Callback, CallbackPhrase, OutOfOffice
from .lexicon import compile_fragments, current, lexicon_cached, lexicon_pattern, load_lexicon, longest_matches
from .contacts import find_out_of_office
from .dates import find_date, month_said
from .text import number_value, sentence_around, sentences, without_pause_commas

# a count in a window phrase: "24", "twenty four", "twenty-four", "five"
_COUNT_TOKEN_RE = re.compile(rf"\d+|{numwords.alternation(numwords.TENS)}[\s-]{numwords.alternation(numwords.UNITS)}\b|[a-z]+")
_CLASS_PRIORITY = ("refusal", "specific", "vague")  # the class reported when several phrases are found
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_UNREAD = object()


def find_callback(text: str, today: _dt.date, ooo=_UNREAD, kind: Optional[str] = None) -> Callback:
    """The callback class and phrase of ``text``. ``ooo`` is the recording's out-of-office fact (a
    promise "when I'm back" takes its return date); read from the text when not given. In a left
    message (``kind="message"``) the callback is the caller's promise to *call* again, so a promise
    moved off the phone ("I'll follow up by email") does not count; a greeting's "I'll reply by
    email within the day" still answers the caller."""
    if ooo is _UNREAD:
        ooo = find_out_of_office(text, today)
    text = without_pause_commas(text)  # offsets are kept; the reported phrase is cut from the original
    deferred = _deferrals(text, today, ooo)
    refusals = [r for r in _refusals(text, kind) if not any(_overlaps(r, d) for d in deferred)]
    phrases = refusals + deferred + [_dated_by_return(text, p, today, ooo) for p in _promises(text, today, kind)
                                     if not any(_overlaps(p, d) for d in deferred)]
    phrases.sort(key=lambda p: p.char_start)
    if not phrases:
        return Callback("none")
    main = min(phrases, key=lambda p: (_CLASS_PRIORITY.index(p.cls), p.char_start))
    scoped = main.cls == "refusal" and (_for_some_callers(text, main) or _for_some_calls(main))
    if main.cls == "refusal" and (refuses_only_listening(main.text) or _for_now(text, main.char_end)
                                  or _but_a_promise(text, main, phrases) or scoped):
        # a promise said after not checking the mailbox ("I won't be listening to messages during the trip.
        # Calls get returned once I'm home on the 15th"), or after a "no" for now ("I can't call you back
        # today, I'll try tomorrow"), says the "no" had an end: the promise is the callback. "I don't
        # return voicemails; text me and I'll reply tonight" stays a refusal. So does a "no" said to some
        # callers only ("If you're calling about an order, we can't return calls ...; everyone else will
        # hear back within a day"), and a "no" to one kind of call ("We don't return sales calls. Everyone
        # else, leave a message and we'll call back today").
        later = [p for p in phrases if p.cls != "refusal" and p.char_start > main.char_end]
        if later:
            if scoped:  # a "no" to other callers does not contradict the promise made to this one
                phrases = [p for p in phrases if p is not main]
            main = min(later, key=lambda p: (_CLASS_PRIORITY.index(p.cls), p.char_start))
    return Callback(main.cls, main.text, main.within_hours, main.char_start, main.char_end, all_phrases=phrases)


# the refusal's sentence goes on in contrast: "calls can't be returned the same day, but I'll call
# within two days"
_BUT_RE = re.compile(r"[^.!?;]*?\bbut\b", re.IGNORECASE)


def _but_a_promise(text: str, refusal: CallbackPhrase, phrases: list[CallbackPhrase]) -> bool:
    """A promise to call in the refusal's own sentence, after a "but", qualifies the "no": it was a
    "no" of some calls, not of a call back ("I can't return calls the same day, but I'll call you
    within two days"). A promise in a later sentence ("I don't return voicemails. Text me and I'll
    reply") does not."""
    but = _BUT_RE.match(text, refusal.char_end)
    if but is None:
        return False
    _, sentence_end = sentence_around(text, refusal.char_start)
    return any(p.cls != "refusal" and but.end() <= p.char_start < sentence_end for p in phrases)


# the refusal's sentence opens by naming the callers it is for: "if you are calling about ...",
# "for questions about ...", "callers from ..."
_SOME_CALLERS_RE = re.compile(
    r"\s*(?:if\s+you(?:'re|\s+are)\s+(?:calling|phoning|ringing)\s+(?:about|regarding|for|from|on\s+behalf\s+of)"
    r"|for\s+(?:calls|callers|questions|enquiries|inquiries)\s+(?:about|regarding|on|from)"
    r"|callers\s+(?:from|about|with))\b", re.IGNORECASE)


def _for_some_callers(text: str, refusal: CallbackPhrase) -> bool:
    """A refusal whose sentence opens by naming the callers it is for is a "no" to them only; a
    promise said after it is the callback for everyone else."""
    sentence_start, _ = sentence_around(text, refusal.char_start)
    return _SOME_CALLERS_RE.match(text, sentence_start, refusal.char_start) is not None


# the refusal names one kind of call by a word before "calls": "we don't return sales calls" (not a word that
# takes in every call: "your", "any", "missed", "phone", "voicemail" ...)
_SOME_CALLS_RE = re.compile(
    r"\breturn(?:ing)?\s+(?:(?:the|all|any)\s+)?(?!(?:your|any|the|all|these|those|phone|voicemail|individual|personal|missed|incoming|unanswered|recorded)\b)[\w-]+\s+(?:calls?|messages?|voice\s*mails?)\b",
    re.IGNORECASE)


def _for_some_calls(refusal: CallbackPhrase) -> bool:
    """A refusal that names one kind of call ("we don't return sales calls") is a "no" to those calls
    only; a promise said after it is the callback for everyone else (with none, the "no" stands)."""
    return _SOME_CALLS_RE.search(refusal.text) is not None


_NOT_LISTENING_RE = re.compile(r"\b(?:check|listen|monitor|retriev|hear|read|review|access|picked\s+up|pick\s+up\s+(?:messages|voice\s*mails?))", re.IGNORECASE)
_NOT_RETURNING_RE = re.compile(r"\b(?:return|call|respond|repl|get(?:ting)?\s+back|contact)", re.IGNORECASE)


def refuses_only_listening(phrase: str) -> bool:
    """A refusal that only says the mailbox goes unchecked ("I won't be checking voicemail"), not that
    no call back will come ("I don't return voicemails")."""
    return bool(_NOT_LISTENING_RE.search(phrase)) and not _NOT_RETURNING_RE.search(phrase)


def _refusals(text: str, kind: Optional[str] = None) -> list[CallbackPhrase]:
    return [CallbackPhrase("refusal", text[a:b], a, b)
            for a, b in longest_matches("callback", "refusal.patterns", text)
            if not _is_conditional(text, a) and not _conditional_within(text, a, b)
            and not _only_for_a_while(text, a, b, kind)]


# a mailbox that takes no message: "at this time" does not lift it
_TAKES_NO_MESSAGE_RE = re.compile(r"\b(?:accept|accepting|take|taking|record|recording)\b|\bis\s+full\b", re.IGNORECASE)


def _only_for_a_while(text: str, start: int, end: int, kind: Optional[str] = None) -> bool:
    """A negation scoped to a recurring stretch ("messages are not checked on weekends") says when no
    call comes, not that none will; so does one scoped to the present in a greeting ("I can't call you
    back right now"). In a left message the present is the caller's own: "I won't be able to call you
    again today" stands (see ``refusal.present_scopes``)."""
    if lexicon_pattern("callback", "refusal.scopes").match(_after(text, end)) is not None:
        return True
    return kind != "message" and _for_now(text, end) and not _TAKES_NO_MESSAGE_RE.search(text, start, end)


def _for_now(text: str, end: int) -> bool:
    """The words after a negation limit it to the present ("... right now", "... today")."""
    return lexicon_pattern("callback", "refusal.present_scopes").match(_after(text, end)) is not None


def _after(text: str, end: int) -> str:
    _, sentence_end = sentence_around(text, max(0, end - 1))
    return text[end:sentence_end].lstrip(" ,")


def _deferrals(text: str, today: _dt.date, ooo: Optional[OutOfOffice]) -> list[CallbackPhrase]:
    """Negations scoped to a time ("I can't call you back until Monday"): specific promises for that time."""
    out: list[CallbackPhrase] = []
    for m in lexicon_pattern("callback", "deferral.patterns").finditer(text):
        if _is_conditional(text, m.start()):
            continue
        _, sentence_end = sentence_around(text, m.start())
        until = re.search(r"(?:until|till|before|prior\s+to)$", m.group(0)).start() + m.start()
        window = callback_window(text[until:sentence_end], today, months=False)
        if window is None or not _DEFERRAL_LEAD_RE.fullmatch(text[until:until + window[1]]):
            window = _until_the_return(text, m.start(), until, today, ooo)
            if window is None:
                continue  # no time right after "until": the negation has no end, so it is no deferral
        hours, _, w_end = window
        out.append(CallbackPhrase("specific", text[m.start():until + w_end], m.start(), until + w_end, hours))
    return out


# "until then", "until I'm back", "before my return": the end of the negation is the owner's return
_UNTIL_RETURN_RE = re.compile(r"(?:until|till|before|prior\s+to)\s+(?:then\b|(?:I|we)\s*(?:return|get\s+back|come\s+back|am\s+back|'m\s+back|are\s+back|'re\s+back)\b|(?:my|our)\s+return\b)", re.IGNORECASE)


# only a deferred callback takes the return date; "I won't be checking messages until then" says when
# messages are heard, not when a call comes, and stays as it was
_CALLBACK_VERB_RE = re.compile(r"\b(?:call(?:ing)?|return(?:ing)?|respond(?:ing)?|repl(?:y|ying)|get(?:ting)?\s+back)\b", re.IGNORECASE)


def _until_the_return(text: str, start: int, until: int, today: _dt.date,
                      ooo: Optional[OutOfOffice]) -> tuple[float, int, int] | None:
    """A negation that lasts until the owner is back ("I won't be returning calls until then") ends at
    the return date the out-of-office notice states; with no date stated it has no end."""
    m = _UNTIL_RETURN_RE.match(text, until)
    if m is None or not _CALLBACK_VERB_RE.search(text, start, until):
        return None
    if ooo is None or ooo.return_date is None:
        return None
    return _hours_to_return(ooo, today), 0, m.end() - until


# what may stand between a deferral's "until" and its window: nothing, or the preposition itself
_DEFERRAL_LEAD_RE = re.compile(r"(?:(?:until|till|before|prior\s+to)\s+(?:the\s+)?)?", re.IGNORECASE)


def _overlaps(a: CallbackPhrase, b: CallbackPhrase) -> bool:
    return a.char_start < b.char_end and b.char_start < a.char_end


def _promises(text: str, today: _dt.date, kind: Optional[str] = None) -> list[CallbackPhrase]:
    pattern = lexicon_pattern("callback", "promise.patterns")
    hedges = lexicon_pattern("callback", "promise.hedges")
    elsewhere = lexicon_pattern("callback", "promise.other_channels")
    out: list[CallbackPhrase] = []
    for m in pattern.finditer(text):
        if hedges.search(m.group(0)) or _is_conditional(text, m.start()) or _inside_refusal(text, m):
            continue
        if kind == "message" and elsewhere.match(text[m.end():].lstrip(" ,")):
            continue  # "we'll follow up by email": a promise, but not of a call
        if _KEEP_CALLING_RE.search(m.group(0)) and not _FIRST_PERSON_RE.match(m.group(0)):
            continue  # "they will keep calling until you answer": someone else's calls, no promise
        if kind == "message" and _redelivery(text, m):
            continue  # a second try at the door after a failed drop-off is no call
        start, end = _promise_context(text, m.start(), m.end())
        # "calls that come in during lunch are returned ...": a time between what was left and its
        # verb says when it arrived, not when the call comes
        arrival = (m.start() - start, m.end() - start) if _LEFT_THING_RE.match(m.group(0)) else None
        window = callback_window(text[start:end], today, promise_at=m.start() - start, skip=arrival,
                                 promise_end=m.end() - start)
        if window is None:
            window, start = _window_of_then(text, m, start, today)
        if window is None:
            phrase_end = _vague_phrase_end(text, m.end())
            out.append(CallbackPhrase("vague", text[m.start():phrase_end], m.start(), phrase_end))
        else:
            hours, w_start, w_end = window
            # the phrase covers both the promise and its window, in whichever order they were said
            lo, hi = min(m.start(), start + w_start), max(m.end(), start + w_end)
            out.append(CallbackPhrase("specific", text[lo:hi], lo, hi, hours))
    return out


_KEEP_CALLING_RE = re.compile(r"\bkeep\s+calling\b", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"(?:I|we|ill|im)\b", re.IGNORECASE)
_BARE_TRY_AGAIN_RE = re.compile(r"\btry\s+again\b", re.IGNORECASE)
# a call named after "try again" in its clause (up to a comma, or the second space find_callback left for one):
# "I'll try again to call you", "I'll try again later by phone"
_A_CALL_NAMED_RE = re.compile(
    r"(?:(?!\s\s)[^.!?;,])*?\b(?:to\s+(?:call|reach|phone|ring|contact|get\s+hold\s+of)|by\s+(?:phone|telephone)|on\s+the\s+phone"
    r"|(?:call|phone|ring|reach)\s+(?:you|ya)|give\s+(?:you|ya)\s+a\s+(?:call|ring|buzz)|get\s+back\s+to\s+(?:you|ya))\b",
    re.IGNORECASE)


def _redelivery(text: str, match: re.Match) -> bool:
    """A bare "I'll try again" (no "you") said right after a delivery attempt at the door (in its sentence or
    the one before) is the next delivery, not a call: "the parcel needs a signature, so I'll try again Friday".
    "I'll try you again" is a call, and so is "I'll try again to call you" or a try again after calling."""
    if not _BARE_TRY_AGAIN_RE.search(match.group(0)):
        return False
    if _A_CALL_NAMED_RE.match(text, match.end()):
        return False
    start, _ = sentence_around(text, match.start())
    if start > 0:
        start, _ = sentence_around(text, max(0, len(text[:start].rstrip()) - 1))
    delivery = None
    for delivery in lexicon_pattern("callback", "promise.delivery_attempts").finditer(text, start, match.start()):
        pass
    if delivery is None:
        return False
    # a call tried since the delivery is what is tried again: "I tried calling you this morning, I'll try again"
    return _CALLED_RE.search(text, delivery.end(), match.start()) is None


_CALLED_RE = re.compile(r"\b(?:tried|try|trying)\s+(?:to\s+)?(?:call(?:ing)?|phon(?:e|ing)|reach(?:ing)?|ring(?:ing)?)\b"
                        r"|\bcalled\s+(?:you|ya)\b", re.IGNORECASE)


# "then" right after a promise, ending its clause: "... you'll hear back from me then."
_THEN_RE = re.compile(r"[ ,]*then\b(?=\s*(?:[.!;,]|$))", re.IGNORECASE)


def _window_of_then(text: str, match: re.Match, start: int, today: _dt.date) -> tuple[Optional[tuple[float, int, int]], int]:
    """A promise "then" points back at the time said just before it: "voicemail gets my attention at
    nine and at three; I'll ring you back then" is as specific as "at nine". Only the sentence before the
    promise's own is read, and only a window there counts (a "then" after a return said with no time,
    "I'm back Monday and will call you then", is the out-of-office reader's: :func:`_dated_by_return`)."""
    if not _THEN_RE.match(text, match.end()) or start == 0:
        return None, start
    before = [a for a, b in sentences(text) if b <= start]
    if not before:
        return None, start
    prev_start = before[-1]
    window = callback_window(text[prev_start:start], today)
    if window is None or not _POINT_IN_TIME_RE.match(text, prev_start + window[1]):
        return None, start  # "I'm out today. I'll call you back then": "then" is after the stretch
    return window, prev_start


# a time something happens at, which "then" can point to: "at noon", "on Monday", "after 3", "until
# two", a weekday or a month said; not a stretch the speaker is away for ("today", "this week")
_POINT_IN_TIME_RE = re.compile(r"(?:at|on|after|by|around|until|till|from|between|before|in\s+the)\b|"
                               r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                               r"april|may|june|july|august|september|october|november|december)", re.IGNORECASE)


# "I'll call you back the day I'm back", "upon my return", "... the morning we reopen", "I'll return calls
# then": the promise names the day of the owner's return. "When I'm back", "once I return", "after I
# get back", "as soon as I'm back" only say the call comes after it, with no bound: vague
_RETURN_DAY_RE = re.compile(r"\b(?:(?:the\s+(?:very\s+)?(?:same\s+)?(?:day|morning|afternoon|evening)|the\s+first\s+(?:business\s+|working\s+)?day|(?:on\s+)?the\s+day\s+after),?\s+(?:I|we|he|she|they)\s*(?:return|returns|reopen|reopens|re-open|get\s+back|gets\s+back|come\s+back|comes\s+back|am\s+back|'m\s+back|are\s+back|'re\s+back|is\s+back|'s\s+back)|(?:the\s+)?(?:first\s+)?(?:day|morning)\s+back\b|(?:up)?on\s+(?:my|our|his|her|their)\s+return|then(?=\s*[.!;]))", re.IGNORECASE)


def _dated_by_return(text: str, phrase: CallbackPhrase, today: _dt.date, ooo: Optional[OutOfOffice]) -> CallbackPhrase:
    """A vague promise for the day of the owner's return is as specific as the return date said in the
    out-of-office notice ("back on Monday, May 4th ... I'll call you back the day I'm back"); "I'll
    respond when I return" puts no bound on the call and stays vague."""
    if phrase.cls != "vague" or not _RETURN_DAY_RE.search(text, phrase.char_start, min(len(text), phrase.char_end + 30)):
        return phrase
    if ooo is None or ooo.return_date is None:
        return phrase
    return dataclasses.replace(phrase, cls="specific", within_hours=_hours_to_return(ooo, today))


def _hours_to_return(ooo: OutOfOffice, today: _dt.date) -> float:
    """Hours to the stated return date, counted like a named date; a date already past (a recording
    linted after it) is still a date."""
    return float(max(1, (ooo.return_date - today).days) * 24)


def _promise_context(text: str, pos: int, promise_end: Optional[int] = None) -> tuple[int, int]:
    """The promise's sentence, plus the next one when that opens with the window: the recogniser
    puts a full stop wherever the speaker paused ("I'll call you back. Within 24 hours."), also inside
    the promise itself ("I'll return. Your call on Monday."): then the sentence it ends in is its own too."""
    start, end = sentence_around(text, pos)
    if promise_end is not None and promise_end > end:
        end = sentence_around(text, promise_end - 1)[1]
    nxt_start, nxt_end = sentence_around(text, end + 1) if end + 1 < len(text) else (end, end)
    if nxt_start >= end and _opens_with_window(text[nxt_start:nxt_end]):
        return start, nxt_end
    return start, end


# a hedge the window may open with: "I'll call you back. Usually within two hours."
_WINDOW_HEDGE_RE = re.compile(r"\s*(?:(?:usually|typically|normally|generally|always|often|mostly|hopefully|probably|likely|most\s+likely|almost\s+always|as\s+a\s+rule|ordinarily)\b[\s,]*)*", re.IGNORECASE)


def _opens_with_window(sentence: str) -> bool:
    sentence = sentence[_WINDOW_HEDGE_RE.match(sentence).end():]
    return any(m.start() == 0 for _, pattern in _window_patterns() for m in [pattern.search(sentence.lstrip())] if m)


def _vague_phrase_end(text: str, pos: int) -> int:
    """End of "I'll get back to you" plus a vague qualifier right after it ("... as soon as possible")."""
    gap = re.match(r"[ ,]*", text[pos:]).end()
    qualifier = lexicon_pattern("callback", "promise.vague_qualifiers").match(text, pos + gap)
    return qualifier.end() if qualifier else pos


def _is_conditional(text: str, pos: int) -> bool:
    """"if I don't call back, ..." is a joke or a condition, not a refusal or a promise."""
    before = text[max(0, pos - 25):pos].lower()
    words = "|".join(re.escape(w) for w in load_lexicon("callback")["conditionals"])
    return re.search(rf"\b(?:{words})\s+(?:\w+\s+)?$", before) is not None


def _conditional_within(text: str, start: int, end: int) -> bool:
    """The negation of a refusal phrase that took in words before it is a condition's own: "my phone is
    playing up, so if I don't call back, try my work line" (a subject read as "my phone is playing")."""
    words = "|".join(re.escape(w) for w in load_lexicon("callback")["conditionals"])
    return re.search(rf"\b(?:{words})\s+(?:[\w'’]+\s+)?(?:[\w]+n['’]?t|not|never|cannot)\b", text[start:end],
                     re.IGNORECASE) is not None


def _inside_refusal(text: str, match: re.Match) -> bool:
    start, end = sentence_around(text, match.start())
    refusal = lexicon_pattern("callback", "refusal.patterns")
    return any(r.start() <= match.start() - start < r.end() or r.start() <= match.end() - start - 1 < r.end()
               for r in refusal.finditer(text[start:end]))


# a passive promise's subject, what the caller leaves: "calls", "messages left ...", "anything left ..."
_LEFT_THING_RE = re.compile(r"(?:calls?|messages?|voice\s*mails?|callers?|anything|everything)\b", re.IGNORECASE)


def callback_window(sentence: str, today: _dt.date, promise_at: Optional[int] = None,
                    months: bool = True, skip: Optional[tuple[int, int]] = None,
                    promise_end: Optional[int] = None) -> Optional[tuple[float, int, int]]:
    """(estimated hours, start, end) of the window named in the sentence, or None.

    Several parts may name one window ("on Thursday at 3 p.m.", "by 5 p.m. the next business day"):
    the span covers them all and the estimate is the latest of them, the promise's real deadline.
    With ``promise_at`` (where the promise starts in the sentence), a time said before the promise
    belongs to it only inside its clause: "I could drop by tonight, or I'll try you again" and "we're
    open Monday to Thursday, and a nurse will return your call" name no window for the promise.
    ``months=False`` leaves out a month said alone ("in March"): a promise may name one, but it is
    too coarse to end a "no" ("not returning messages until mid-September" is a season without calls).
    A time wholly inside ``skip`` (the span between a passive promise's subject and its verb) is not one.
    With ``promise_end`` too, a time of day that is as often said of something else (a meal, midnight,
    "mañana": ``promise.clause_only_windows``) counts only inside the promise's own clause.
    """
    hits = [(hours, m.start(), m.end())
            for window, pattern in _window_patterns() if months or not window.get("month")
            for m in pattern.finditer(sentence)
            for hours in [_window_hours(window, m.group(0), today)] if hours is not None
            if promise_at is None or m.end() > promise_at
            or not _CLAUSE_BREAK_RE.search(sentence, m.end(), promise_at)
            if skip is None or not (skip[0] < m.start() and m.end() < skip[1])
            if promise_end is None or _in_the_promise_clause(sentence, m.start(), m.end(), promise_at, promise_end)]
    if not hits:
        return None
    return max(h for h, _, _ in hits), min(s for _, s, _ in hits), max(e for _, _, e in hits)


# what may stand between a promise and a window word bound to its clause: nothing but spaces, or a comma and a
# hedge ("I'll phone you after the gig, likely near midnight"; find_callback has turned a comma between
# lower-case words into a second space); no other comma, full stop, "but" or negation, nor a new subject (a
# run-on said with no commas: "ill call you back im at dinner", "... its after midnight here", "... we close at midnight";
# not one that "when / once / after / until / as soon as" ties to the promise: "I'll phone you once we dock, maybe
# around midnight")
_TO_A_CLAUSE_WINDOW_RE = re.compile(
    r"(?:\s(?!\s)(?!(?:not|never|but|and|or|so|because|hasta)\b)(?!(?<!when\s)(?<!once\s)(?<!after\s)(?<!before\s)(?<!until\s)(?<!till\s)(?<!as\s)(?<!if\s)(?:i|im|i['’]m|ive|i['’]ve|id|i['’]d|it|its|it['’]s|we|were|we['’]re|weve|we['’]ve|they|theyre|they['’]re|he|hes|he['’]s|she|shes|she['’]s|you|youre|you['’]re|there|theres|there['’]s)\b)[\w'’-]+(?<!n't)(?<!n’t)){0,6}?"
    r"(?:(?:\s*,|\s(?=\s))\s*(?:(?:probably|maybe|likely|hopefully|possibly|roughly|about|around|sometime)\b)[^,.;!?]*?)?\s?",
    re.IGNORECASE)
# and before the promise: the window opens its clause ("After dinner, I'll call you"), then the promise
_CLAUSE_WINDOW_LEAD_RE = re.compile(r"(?:^|[.!?;]\s*|\b(?:and|so|then|ok(?:ay)?|well)[\s,]+)$", re.IGNORECASE)


def _in_the_promise_clause(sentence: str, w_start: int, w_end: int, promise_at: Optional[int],
                           promise_end: int) -> bool:
    phrase = sentence[w_start:w_end]
    if not lexicon_pattern("callback", "promise.clause_only_windows").search(phrase):
        return True
    if promise_at is not None and w_end <= promise_at:
        return (_CLAUSE_WINDOW_LEAD_RE.search(sentence[:w_start]) is not None
                and re.fullmatch(r"[\s,]*", sentence[w_end:promise_at]) is not None)
    return w_start >= promise_end and _TO_A_CLAUSE_WINDOW_RE.fullmatch(sentence[promise_end:w_start]) is not None


# a coordinated clause starts: ", or", ", but", "; and", ", so" (find_callback has turned a comma
# between lower-case words into a space, so ", or" may read "  or"; the lookbehind sees the word before
# even when the search starts right after it)
_CLAUSE_BREAK_RE = re.compile(r"(?:[,;]|(?<=\S)\s(?=\s))\s*(?:or|but|and|so)\b", re.IGNORECASE)


@lexicon_cached
def _window_patterns() -> tuple[tuple[dict, re.Pattern], ...]:
    lex = load_lexicon("callback")
    return tuple((w, compile_fragments([w["pattern"]], current().macros("callback"))) for w in lex.get("window", []))


def _window_hours(window: dict, phrase: str, today: _dt.date) -> Optional[float]:
    if window.get("weekday"):
        return _hours_until_weekday(phrase, today)
    if window.get("date"):
        return _hours_until_date(phrase, today)
    if window.get("month"):
        said = month_said(phrase, today)
        return float(max(1, (said - today).days) * 24) if said else None
    if "per" in window:
        counts = [number_value(w) for w in _COUNT_TOKEN_RE.findall(phrase.lower())]
        counts = [c for c in counts if c]
        return round(max(counts) * float(window["per"]), 2) if counts else None
    return float(window["hours"])


def _hours_until_date(phrase: str, today: _dt.date) -> float:
    """Hours to the end of the named calendar date; four days when the date cannot be resolved."""
    found = find_date(phrase, today)
    return float(max(1, ((found[0] - today).days if found else 4)) * 24)


def _hours_until_weekday(phrase: str, today: _dt.date) -> float:
    """Hours to the end of the named weekday (next occurrence after today)."""
    day = next(i for i, d in enumerate(_WEEKDAYS) if d in phrase.lower())
    days_ahead = (day - today.weekday()) % 7 or 7
    return float(days_ahead * 24)

