from greetlint.rules_api import PhoneLossRule


def same_number(a: str, b: str) -> bool:
    """The same phone number, allowing one side to have dropped a country or area code."""
    return a == b or (min(len(a), len(b)) >= 7 and (a.endswith(b) or b.endswith(a)))


class NumberLostOnPhone(PhoneLossRule):
    """A phone number heard in the recording no longer comes through on the phone line.

    Runs with ``--phone-check``: the recording is rendered through the target's call leg (G.711 at
    8 kHz, 300-3400 Hz) and transcribed again. A number the recogniser reads from the recording but
    not from that render is one callers are likely to mishear ("five" and "nine" lose their high
    frequencies on a phone line).

    **Anti-pattern**

        A number said quickly and softly, or with the consonants carrying the digits, recorded far from the mic.

    **Best practice**

        Say the number slowly, in groups, close to the microphone; repeat it.
    """

    code = "GL477"
    name = "number-lost-on-phone"
    fact = "phone_numbers"
    advice = ("Re-record the number slowly, in groups of three and four digits, close to the microphone; "
              "listen to it in the HTML report's 'as callers hear it' player.")

    def kept(self, number, phone):
        return any(same_number(number.digits, other.digits) for other in phone.facts.phone_numbers)

    def describe(self, number):
        return f"number {number.digits}"

    def heard(self, phone):
        return ", ".join(n.digits for n in phone.facts.phone_numbers) or "no number"
