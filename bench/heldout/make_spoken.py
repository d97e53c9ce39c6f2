#!/usr/bin/env python3
"""Make spoken.json from heldout.json: every digit, time, price, date and number in
the text is rewritten the way Whisper transcribes speech with numerals suppressed
(numbers spelled out as words). Labels are copied unchanged.

    python bench/heldout/make_spoken.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
DIGIT = dict(zip("0123456789", ONES[:10]))


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    if n < 1_000_000:
        return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))
    return " ".join(DIGIT[c] for c in str(n))


def digits(s: str) -> str:
    return " ".join(DIGIT[c] for c in s if c.isdigit())


def phone(m: re.Match) -> str:
    groups = [g for g in re.split(r"[^0-9]+", m.group(0)) if g]
    out = []
    for g in groups:
        if g == "800":
            out.append("eight hundred")
        else:
            out.append(digits(g))
    # a leading NANP "1" is run into the area code: "one eight hundred"
    if len(groups) == 4 and groups[0] == "1":
        out = [out[0] + " " + out[1]] + out[2:]
    elif len(groups) == 1 and len(groups[0]) == 10:
        g = groups[0]
        out = [digits(g[:3]), digits(g[3:6]), digits(g[6:])]
    return ", ".join(out)


# Things a speaker would say as a whole number / ordinal / time rather than digit by digit.
EXACT = [
    ("1-800-FLOWERS", "one eight hundred flowers"),
    ("2 0 6, 5 5 5, 0 1 4 4", "two zero six, five five five, zero one four four"),
    ("$1,250", "twelve hundred and fifty dollars"), ("$165,000", "a hundred and sixty five thousand dollars"),
    ("$2,340", "two thousand three hundred and forty dollars"), ("$8.95", "eight ninety five"),
    ("order 4471-22", "order forty four seventy one, twenty two"), ("40017722", "four zero zero one seven seven two two"),
    ("flight 2271", "flight twenty two seventy one"), ("94110", "nine four one one zero"),
    ("1200 Fifth", "twelve hundred Fifth"), ("2300 Industrial", "twenty three hundred Industrial"),
    ("780 Harmon", "seven eighty Harmon"), ("1450 Oak", "fourteen fifty Oak"),
    ("12/14", "twelve fourteen"), ("12/28", "twelve twenty eight"), ("8/15", "August fifteenth"), ("3/2", "March second"),
    ("24/7", "twenty four seven"), ("unit 2B", "unit two B"), ("7-digit", "seven digit"),
    ("ext. 2290", "extension twenty two ninety"), ("ext. 42", "extension forty two"),
    ("extension 3318", "extension thirty three eighteen"), ("extension 214", "extension two one four"),
    ("extension 100", "extension one hundred"), ("extension 7", "extension seven"),
    ("911", "nine one one"), ("sorry, 0191", "sorry, zero one nine one"),
]
ORD = {"1st": "first", "2nd": "second", "3rd": "third", "5": "fifth", "9th": "ninth", "14th": "fourteenth",
       "22nd": "twenty second", "28th": "twenty eighth", "28": "twenty eighth", "31st": "thirty first"}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def time_words(m: re.Match) -> str:
    h, mm = int(m.group(1)), m.group(2)
    if mm == "00":
        return words(h) + " o'clock"
    if mm.startswith("0"):
        return words(h) + " oh " + ONES[int(mm[1])]
    return words(h) + " " + words(int(mm))


def spoken(text: str) -> str:
    for a, b in EXACT:
        text = text.replace(a, b)
    # phone numbers: (415) 555-0123, 415.555.0123, 1-888-555-0137, 617 555 0190, 4155550123, 555-0183, 555 0132
    text = re.sub(r"(?:\b1[-.])?(?:\(\d{3}\) ?|\b\d{3}[-. ])?\b\d{3}[-. ]\d{4}\b|\b\d{10}\b", phone, text)
    text = re.sub(r"\$(\d+)", lambda m: words(int(m.group(1))) + " dollars", text)
    text = re.sub(r"\b(\d{1,2}):(\d{2})\b", time_words, text)
    text = re.sub(r"\b(\d{1,2}) ?(a\.m\.|p\.m\.|AM|PM)", lambda m: words(int(m.group(1))) + " " + m.group(2).replace(".", "").upper(), text)
    text = re.sub(r"(\d+)%", lambda m: words(int(m.group(1))) + " percent", text)
    text = re.sub(rf"\b({MONTHS}) (\d+(?:st|nd|rd|th)?)\b", lambda m: m.group(1) + " " + ORD.get(m.group(2), m.group(2)), text)
    text = re.sub(r"\b(\d+(?:st|nd|rd|th))\b", lambda m: ORD[m.group(1)], text)
    text = re.sub(r"(\d+)-hour", lambda m: words(int(m.group(1))) + " hour", text)
    text = re.sub(r"\b\d+\b", lambda m: words(int(m.group(0))), text)
    assert not re.search(r"\d", text), text
    return text


def main():
    with open(os.path.join(HERE, "heldout.json"), encoding="utf-8") as fh:
        records = json.load(fh)
    for r in records:
        r["text"] = spoken(r["text"])
        r["source_title"] = "written for the held-out benchmark; numbers spelled out as speech-to-text would"
    with open(os.path.join(HERE, "spoken.json"), "w", encoding="utf-8") as fh:
        json.dump(records, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
