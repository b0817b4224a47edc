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
# # Exploring a labelled corpus
#
# Label counts, how themes co-occur, the terms the default model leans on per theme, the
# cross-validated confusion between themes, and the distribution of scores. Reads
# `../../shared/corpus/themes` when present; otherwise falls back to the five seeds.

# %%
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

import rbnlp
from rbnlp._data_io import THEMES

shared = Path("../../shared")
if (shared / "corpus" / "themes").is_dir():
    records = [json.loads(line) for name in ("train", "dev")
               for line in open(shared / "corpus" / "themes" / f"{name}.jsonl", encoding="utf-8")]
    source = "../shared/corpus/themes"
else:
    # no shared data: the seeds, unlabelled here, still show the model's view
    records = [{"id": p.name, "title": "", "text": p.read_text(encoding="utf-8"), "themes": [], "values": []}
               for p in sorted(Path("../seeds").glob("*.txt"))]
    source = "seeds (no ../shared here)"
print(f"{len(records)} articles from {source}")

# %% [markdown]
# ## Label counts and co-occurrence

# %%
Y = np.array([[t in r["themes"] for t in THEMES] for r in records], dtype=int)
print(dict(zip(THEMES, Y.sum(0).tolist())), "| no theme:", int((Y.sum(1) == 0).sum()))
co = Y.T @ Y
fig, ax = plt.subplots(figsize=(5, 4))
ax.imshow(co, cmap="Blues")
ax.set_xticks(range(len(THEMES)), THEMES, rotation=60, ha="right")
ax.set_yticks(range(len(THEMES)), THEMES)
for i in range(len(THEMES)):
    for j in range(len(THEMES)):
        ax.text(j, i, co[i, j], ha="center", va="center", fontsize=8)
ax.set_title("theme co-occurrence")
fig.tight_layout()

# %% [markdown]
# ## Top terms per theme (default model)

# %%
nlp = rbnlp.load()
names = nlp.tagger.feature_names()
for j, theme in enumerate(nlp.tagger.classes_):
    coef = nlp.tagger._coef(j)
    print(f"{theme:20s}", ", ".join(names[i] for i in np.argsort(-coef)[:10]))

# %% [markdown]
# ## Cross-validated confusion between themes
#
# Three folds over this corpus: each article is labelled by a model that never saw it.

# %%
if Y.sum() >= 36:
    recs = [dict(r, source="themes-train") for r in records]
    cv = rbnlp.cross_validate(recs, k=3)
    print(f"macro-F1 {cv['themes']['macro_f1']:.3f}, micro-F1 {cv['themes']['micro_f1']:.3f}")
    for pair, n in cv["themes"]["most_confused"]:
        print(f"  {pair}: {n}")
else:
    print("too few labelled articles for cross-validation")

# %% [markdown]
# ## Score distributions

# %%
arts = list(nlp.pipe([(r["text"], r.get("title") or None) for r in records]))
S = np.array([[a.scores[t] for t in THEMES] for a in arts])
fig, axes = plt.subplots(2, 3, figsize=(9, 5), sharex=True)
for ax, j in zip(axes.ravel(), range(len(THEMES))):
    ax.hist([S[Y[:, j] == 1, j], S[Y[:, j] == 0, j]], bins=20, range=(0, 1), label=["labelled", "not"])
    ax.set_title(THEMES[j], fontsize=9)
axes[0, 0].legend(fontsize=7)
fig.tight_layout()
