from greetlint.rules_api import TargetRule
from greetlint.targets import either


class TargetChannels(TargetRule):
    """The channel count (stereo) is not what the target phone system accepts.

    Runs only with a target. A call is mono: systems that want mono refuse stereo or play one side.

    **Anti-pattern**

        A stereo export of a voice recording uploaded to a system that takes mono only.

    **Best practice**

        Export mono; ``greetlint fix`` mixes the channels down.
    """

    code = "GL473"
    name = "target-channels"
    limit = "channels"

    def violation(self, analysis, profile, limit):
        channels = analysis.audio.channels
        if not channels or channels in limit.value:
            return None
        names = {1: "mono", 2: "stereo"}
        takes = either(names.get(c, f"{c} channels") for c in limit.value)
        return f"Audio has {channels} channels ({names.get(channels, 'multichannel')}); {profile.label} takes {takes}"
