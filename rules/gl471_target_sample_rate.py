from greetlint.rules_api import TargetRule
from greetlint.targets import either


class TargetSampleRate(TargetRule):
    """The sample rate is one the target phone system does not accept.

    Runs only with a target. Systems that play files straight onto an 8 kHz call leg refuse, or
    mangle, a 44.1 or 48 kHz studio export.

    **Anti-pattern**

        A 48 kHz WAV uploaded to Amazon Connect, which takes 8 kHz mu-law WAV.

    **Best practice**

        Keep the 48 kHz master; upload a copy at the rate the profile lists (``greetlint fix`` writes one).
    """

    code = "GL471"
    name = "target-sample-rate"
    limit = "sample_rates"

    def violation(self, analysis, profile, limit):
        rate = analysis.audio.sample_rate
        if not rate or rate in limit.value:
            return None
        takes = either(f"{r / 1000:g}" for r in limit.value) + " kHz"
        return f"Sample rate is {rate / 1000:g} kHz; {profile.label} takes {takes}"
