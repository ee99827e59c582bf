#!/usr/bin/env python3
"""The yardstick of scripts/bench/export-vs-matplotlib.sh: an animation like DequantLab's export-gif,
drawn with matplotlib and written with PillowWriter. Two panels (CatNF, TRUFL), each with two category
densities (filled), the dashed prior and a decoder strip, and the Rec / KL / loss curves beneath,
FRAMES frames at 800x450, 20 fps. usage: matplotlib_gif.py OUT.gif [FRAMES]"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation, PillowWriter

out = sys.argv[1]
frames = int(sys.argv[2]) if len(sys.argv) > 2 else 120
z = np.linspace(-6, 6, 561)
colours = ["#E69F00", "#56B4E9"]
prior = np.exp(-z) / (1 + np.exp(-z)) ** 2


def logistic(mu, s):
    e = np.exp(-(z - mu) / s)
    return e / (s * (1 + e) ** 2)


fig = plt.figure(figsize=(8, 4.5), dpi=100)
grid = fig.add_gridspec(2, 2, height_ratios=[2, 1])
panels = [fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1])]
curves = fig.add_subplot(grid[1, :])
steps = np.arange(frames)
rec = 2.0 * np.exp(-steps / 30)
kl = 0.69 + 0.5 * np.exp(-steps / 20)


def draw(i):
    t = i / max(1, frames - 1)
    for ax, name, sep in zip(panels, ["CatNF", "TRUFL"], [1.5, 2.0]):
        ax.clear()
        ax.set_title(f"{name}  step {i * 100}")
        ax.set_xlim(-6, 6)
        ax.set_ylim(-0.05, 0.6)
        ax.plot(z, prior, "k--", lw=1, label="prior")
        dens = [0.5 * logistic(-sep * t, 1 - 0.6 * t), 0.5 * logistic(sep * t, 1 - 0.6 * t)]
        for d, c, label in zip(dens, colours, ["x=0", "x=1"]):
            ax.fill_between(z, 0, d, color=c, alpha=0.35)
            ax.plot(z, d, color=c, lw=2, label=label)
        winner = np.argmax(np.vstack(dens), axis=0)
        ax.scatter(z[::4], np.full(len(z[::4]), -0.03), c=[colours[w] for w in winner[::4]], s=6, marker="s")
        ax.legend(loc="upper right", fontsize=7)
    curves.clear()
    curves.plot(steps[: i + 1], rec[: i + 1], label="Rec")
    curves.plot(steps[: i + 1], kl[: i + 1], label="KL")
    curves.plot(steps[: i + 1], 10 * rec[: i + 1] + kl[: i + 1], label="loss")
    curves.set_xlim(0, frames)
    curves.set_yscale("log")
    curves.legend(loc="upper right", fontsize=7)


FuncAnimation(fig, draw, frames=frames).save(out, writer=PillowWriter(fps=20))
