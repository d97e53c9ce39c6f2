import re

from greetlint.rules_api import PhoneLossRule


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


class NameLostOnPhone(PhoneLossRule):
    """A name heard in the recording no longer comes through on the phone line.

    Runs with ``--phone-check``: the recording is rendered through the target's call leg (G.711 at
    8 kHz, 300-3400 Hz) and transcribed again. A name the recogniser reads from the recording but
    not from that render is one callers are likely to mishear.

    **Anti-pattern**

        "Hi, it's sssSasha" - a name whose sound sits in the hiss the phone band cuts.

    **Best practice**

        Say the name clearly and a little slower than the rest; spell it if it is unusual.
    """

    code = "GL478"
    name = "name-lost-on-phone"
    fact = "names"
    advice = "Re-record the name slowly and clearly, close to the microphone; spell it if it is unusual."

    def kept(self, name, phone):
        return f" {_norm(name.text)} " in f" {_norm(phone.transcript.text)} "

    def describe(self, name):
        return f"name '{name.text}'"

    def heard(self, phone):
        return ", ".join(n.text for n in phone.facts.names) or "no name"
