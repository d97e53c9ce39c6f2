"""Write <set>_person.json: name_stated := bool(labels.names), the dev set's convention (a person's
name said; a company alone is not a name). The writers' brief said "a person's or business's name";
this re-labels mechanically from their own `names` field, reading no text."""
import json, sys
for path in sys.argv[1:]:
    recs = json.load(open(path))
    for r in recs:
        r["labels"]["name_stated"] = bool(r["labels"]["names"])
    json.dump(recs, open(path.replace(".json", "_person.json"), "w"), indent=1)
