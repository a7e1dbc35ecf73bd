import datetime as dt
import importlib
import sys
from pathlib import Path

import yaml

from lib import annotations
from templates import civic, orbit

OUT = Path(__file__).resolve().parent.parent
mods = [m for m in ["a1", "a2", "a3", "a4", "a5"] if (Path(__file__).parent / f"{m}.py").exists()]
arts = []
for m in mods:
    arts += importlib.import_module(m).ARTS

entries = []
for a in arts:
    page = orbit(a) if a["outlet"] == "orbit" else civic(a)
    (OUT / a["file"]).write_text(page, encoding="utf-8")
    incs, negs = annotations(a)
    xp = "//div[@class='rich-text']" if a["outlet"] == "orbit" else "//div[@id='main-content']/div[@class='prose']"
    entries.append(dict(file=a["file"], published=dt.date.fromisoformat(a["pub"][:10]),
                        dominant_country=a["dominant"], body_xpath=xp,
                        incidents=incs, negatives=negs))


class D(yaml.SafeDumper):
    pass


def str_rep(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


D.add_representer(str, str_rep)
head = ("# Annotated dev set, part: tune20. Format and conventions: ../README.md\n"
        "# Codebook: shared CODEBOOK.md (v1). Outlets: Orbit News Network (TV network site),\n"
        "# The Civic Ledger (think-tank commentary). Emphasis: precision (restatements, explainers,\n"
        "# threats, denials, lifted blocks, statistics, other senses).\n")
txt = yaml.dump({"articles": entries}, Dumper=D, sort_keys=False, allow_unicode=True, width=10000)
(OUT / "annotations.yaml").write_text(head + txt, encoding="utf-8")
print(len(arts), "articles")
