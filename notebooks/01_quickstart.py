# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # rbnlp quickstart: the five seed articles
#
# What rbnlp reads in each seed: its themes with calibrated scores, the BerAKHLAK values it
# invokes, a three-sentence summary, its key quotes with speaker and role, and why a theme
# was given. The seeds ship with rbnlp in `../seeds/`.

# %%
from pathlib import Path

import rbnlp

nlp = rbnlp.load()
seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path("../seeds").glob("*.txt"))}
articles = {name: nlp(text) for name, text in seeds.items()}
print(nlp)

# %% [markdown]
# ## Themes, scores and values

# %%
for name, art in articles.items():
    top = sorted(art.scores.items(), key=lambda kv: -kv[1])[:3]
    print(f"{name}\n  title:  {art.title or '(none found)'}")
    print(f"  labels: {art.labels}\n  top scores: " + ", ".join(f"{k} {v:.2f}" for k, v in top))
    print(f"  values: {art.values}")

# %% [markdown]
# ## Summary and key quotes of one seed

# %%
art = articles["001_9d790e0e9df54a94.txt"]
for s in art.summary:
    print("-", s.text)
print()
for q in art.key_quotes[:4]:
    print(f"[{q.kind}, {q.score:.2f}] {q.speaker} ({q.role or 'no role given'}), cue '{q.cue}':")
    print("   ", q.text[:160])

# %% [markdown]
# Every span points into the original text:

# %%
assert all(art.text[q.start:q.end] == q.text for q in art.quotes)
assert all(art.text[s.start:s.end] == s.text for s in art.sentences)

# %% [markdown]
# ## Why a theme was given

# %%
art = articles["003_45469107161dbdbc.txt"]
exp = art.explain("complaint_handling")
print(f"score {exp['score']:.2f} (threshold {exp['threshold']:.2f})")
print("terms:", ", ".join(f"{t} ({w:.2f})" for t, w in exp["terms"]))
for sent, weight in exp["sentences"]:
    print(f"  {weight:.2f}  {sent.text[:140]}")
