from greetlint.rules_api import Rule


class Clipping(Rule):
    """The waveform is clipped: the recording was too hot and is distorted.

    Clipped speech crackles, and phone codecs make it worse; consonants in names and digits smear.

    **Anti-pattern**

        Recording with the input gain at maximum, peaks flattened at 0 dBFS.

    **Best practice**

        Lower the input gain so peaks stay below -3 dBFS, and re-record (clipping cannot be undone).
    """

    code = "GL423"
    name = "clipping"
    category = "audio"
    severity = "error"
    needs_audio = True

    def check(self, analysis):
        m = analysis.audio.measures
        share, regions = m.get("clipped_share") or 0.0, m.get("clipped_regions") or []
        if share <= analysis.settings.thresholds.clipped_share_max or not regions:
            return
        where = ", ".join(f"{a:.1f}-{b:.1f} s" for a, b in regions[:3]) + (" ..." if len(regions) > 3 else "")
        yield self.finding(analysis, f"{share:.1%} of samples are clipped, in {len(regions)} place(s): {where}.",
                           "Lower the microphone gain so peaks stay below -3 dBFS and record again.",
                           start=regions[0][0], end=regions[-1][1])
