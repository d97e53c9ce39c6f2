from greetlint.rules_api import MeasureRule


class MainsHum(MeasureRule):
    """Mains hum (50 or 60 Hz and its harmonics) under the voice.

    A steady buzz from a ground loop or a cheap adapter sounds careless and masks the voice.

    **Anti-pattern**

        A USB microphone on the same power strip as a monitor: a 60 Hz buzz throughout.

    **Best practice**

        Fix the ground loop (another outlet, battery power), or notch-filter the hum
        (ffmpeg -i in.wav -af "bandreject=f=60:w=4" out.wav).
    """

    code = "GL432"
    name = "mains-hum"
    category = "audio"
    severity = "warning"
    measure = "hum.excess_db"
    requires = ("hum.start",)
    limit = "hum_max_db"
    fails_when = ">="

    def describe(self, analysis, excess, limit):
        hz = analysis.audio.measures.hum.frequency_hz
        return (f"{hz} Hz mains hum, {excess:.0f} dB above the surrounding spectrum.",
                f"Remove the ground loop and re-record, or notch out {hz} Hz and its harmonics "
                f"(ffmpeg -af \"bandreject=f={hz}:w=4,bandreject=f={2 * hz}:w=4\").")

    def span(self, analysis, excess):
        hum = analysis.audio.measures.hum
        return hum.start, hum.end
