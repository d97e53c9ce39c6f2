from greetlint.rules_api import Rule
from greetlint.targets import either, fix_hint, hedge, severity_of


class TargetSampleRate(Rule):
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
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        if profile is None or profile.sample_rates is None or not analysis.audio.sample_rate:
            return
        limit, rate = profile.sample_rates, analysis.audio.sample_rate
        if rate in limit.value:
            return
        takes = either(f"{r / 1000:g}" for r in limit.value) + " kHz"
        yield self.finding(analysis, f"Sample rate is {rate / 1000:g} kHz; {profile.label} takes {takes}{hedge(profile, limit)}.",
                           fix_hint(profile, analysis.path), severity=severity_of(limit))
