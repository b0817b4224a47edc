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
# # Teaching rbnlp a new theme
#
# The label set comes from the training data, so a theme the default model does not know,
# here `asn_recruitment` (selection of civil servants: CASN, CPNS, PPPK), needs only labelled
# examples. `data/new_theme.jsonl` holds 18 short articles written for this notebook. With
# `../../shared` present they are added to the themed corpus; without it, the small file is
# trained alone.

# %%
from pathlib import Path

import rbnlp
from rbnlp._data_io import read_labelled

new = read_labelled("data/new_theme.jsonl")
shared = Path("../../shared/corpus/themes")
base = []
if shared.is_dir():
    for name in ("train", "dev"):
        for r in read_labelled(shared / f"{name}.jsonl"):
            r["source"] = "themes-train"
            base.append(r)
for r in new:
    r["source"] = "themes-train"
print(f"{len(new)} new examples, {len(base)} from the themed corpus")

# %% [markdown]
# ## Before: the default model

# %%
unseen = [
    "Pendaftaran seleksi CPNS dan PPPK tahun ini dibuka pekan depan. BKN meminta pelamar "
    "menyiapkan dokumen dan memantau jadwal SKD di portal SSCASN.",
    "Harga cabai di pasar kota naik dua kali lipat menjelang hari raya. Pedagang menyebut "
    "pasokan dari petani berkurang karena hujan.",
]
before = rbnlp.load()
for text in unseen:
    print(before(text).labels, "<-", text[:60])
print("knows asn_recruitment:", "asn_recruitment" in before.labels)

# %% [markdown]
# ## After: retrained with the new examples

# %%
params = {"min_df": 1} if not base else {}
after = rbnlp.train(base + new, tagger_params=params, value_params=params)
print(after.labels)
for text in unseen:
    art = after(text)
    print(art.labels, f"asn_recruitment {art.scores['asn_recruitment']:.2f}", "<-", text[:60])

# %%
exp = after(unseen[0]).explain("asn_recruitment")
print("terms:", ", ".join(t for t, _ in exp["terms"]))

# %% [markdown]
# Save the new model and load it back like any other: `rbnlp.save(after, "models/mine")`, then
# `rbnlp.load("models/mine")`. On the command line:
# `rbnlp train data/new_theme.jsonl -o models/mine`.
