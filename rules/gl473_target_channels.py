from greetlint.rules_api import Rule
from greetlint.targets import either, fix_hint, hedge, severity_of


class TargetChannels(Rule):
    """The channel count (stereo) is not what the target phone system accepts.

    Runs only with a target. A call is mono: systems that want mono refuse stereo or play one side.

    **Anti-pattern**

        A stereo export of a voice recording uploaded to a system that takes mono only.

    **Best practice**

        Export mono; ``greetlint fix`` mixes the channels down.
    """

    code = "GL473"
    name = "target-channels"
    category = "audio"
    severity = "error"
    needs_audio = True
    needs_speech = False

    def check(self, analysis):
        profile = analysis.settings.target
        channels = analysis.audio.channels
        if profile is None or profile.channels is None or not channels or channels in profile.channels.value:
            return
        limit = profile.channels
        names = {1: "mono", 2: "stereo"}
        takes = either(names.get(c, f"{c} channels") for c in limit.value)
        yield self.finding(analysis, f"Audio has {channels} channels ({names.get(channels, 'multichannel')}); "
                           f"{profile.label} takes {takes}{hedge(profile, limit)}.",
                           fix_hint(profile, analysis.path), severity=severity_of(limit))
