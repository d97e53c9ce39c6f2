from greetlint.rules_api import MeasureRule


class Clipping(MeasureRule):
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
    measure = "clipped_share"
    requires = ("clipped_regions",)
    limit = "clipped_share_max"

    def describe(self, analysis, share, limit):
        regions = analysis.audio.measures.clipped_regions
        where = ", ".join(f"{a:.1f}-{b:.1f} s" for a, b in regions[:3]) + (" ..." if len(regions) > 3 else "")
        return (f"{share:.1%} of samples are clipped, in {len(regions)} place(s): {where}.",
                "Lower the microphone gain so peaks stay below -3 dBFS and record again.")

    def span(self, analysis, share):
        regions = analysis.audio.measures.clipped_regions
        return regions[0][0], regions[-1][1]
