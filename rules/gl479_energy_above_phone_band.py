from greetlint.rules_api import MeasureRule, Option


class EnergyAbovePhoneBand(MeasureRule):
    """Much of the speech's energy lies above 3.4 kHz, which a phone line cuts.

    A telephone channel (G.711 at 8 kHz) passes about 300-3400 Hz. Speech whose energy sits
    largely above that band (a bright or harsh microphone, strong sibilance, a lisp, a recording
    mixed with music or hiss) loses that part on every call: the caller hears it muffled, thin or
    lisping. The measure is the share of the speech frames' energy above 3.4 kHz (librosa's
    spectrum of the voiced stretches, the JSON ``audio.spectrum.above_3400hz_share``).

    **Precision.** Built to fire only on clear cases: ordinary speech measures under 0.01 (every
    bundled sample, and the synthetic voices of the benchmarks), so the default limit of 0.10 is
    ten times that. It has not been calibrated on human recordings, hence info; ``--phone-check``
    shows what the line does to the recording (GL477, GL478 and the report's "as callers hear it").

    **Anti-pattern**

        A greeting recorded on a bright headset microphone next to a fan, the "s" sounds hissing.

    **Best practice**

        Record close to an ordinary microphone in a quiet room and listen to it through the
        phone channel (``greetlint check --phone-check``) before you upload it.
    """

    code = "GL479"
    name = "energy-above-phone-band"
    category = "audio"
    severity = "info"
    options = (Option("max-share", 0.10,
                      "Share of the speech energy above 3.4 kHz over which the phone line changes how it sounds.",
                      low=0.0, high=1.0),)
    measure = "spectrum.above_3400hz_share"
    limit = "max-share"
    fails_when = ">"

    def describe(self, analysis, share, limit):
        return (f"{share:.0%} of the speech's energy lies above 3.4 kHz, which a phone line cuts: "
                "callers will hear it muffled or lisping.",
                "Record again with an ordinary microphone, closer and in a quieter room, and check it "
                "with --phone-check.")
