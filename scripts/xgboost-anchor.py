#!/usr/bin/env python3
"""XGBoost side by side with Tamga's GBDT (npm run bench:risk).

Reads the feature matrices bench/risk.ts exported (train.csv, test.csv: the same point-in-time
features the Tamga model uses, categorical fields as integer codes ordered by training
frequency, missing as empty cells, label in the last column) and trains XGBoost as issue 3
describes its anchor: 300 trees, depth 8, tree_method hist, learning rate 0.3 (the default).
Prints one JSON object with precision/recall at 1/2/5/10 %, AUC and the training time.

Needs Debian's python3-xgboost (apt-get install python3-xgboost); exits 3 with a message
when it is missing. Usage: xgboost-anchor.py <folder> [rounds] [depth]
"""
import csv
import json
import math
import sys
import time

try:
    import numpy as np
    import xgboost as xgb
except ImportError as missing:  # the bench prints this and goes on without the anchor
    print(f"xgboost anchor skipped: {missing.name} is not installed (apt-get install python3-xgboost)", file=sys.stderr)
    sys.exit(3)


def read(path):
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    x = np.array([[float(v) if v != "" else math.nan for v in r[:-1]] for r in body], dtype=np.float64)
    y = np.array([float(r[-1]) for r in body])
    return header[:-1], x, y


def top_k(y, scores, rate):
    k = int(len(y) * rate / 100)
    order = sorted(range(len(y)), key=lambda i: (-scores[i], i))
    hits = sum(y[i] for i in order[:k])
    return hits / k if k else 0.0, hits / y.sum() if y.sum() else 0.0


def auc(y, scores):
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = y.sum()
    negatives = len(y) - positives
    return (ranks[y == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)


def main():
    folder = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    names, x_train, y_train = read(f"{folder}/train.csv")
    _, x_test, y_test = read(f"{folder}/test.csv")
    params = {"objective": "binary:logistic", "tree_method": "hist", "max_depth": depth, "eta": 0.3, "nthread": 2, "seed": 0}
    started = time.perf_counter()
    booster = xgb.train(params, xgb.DMatrix(x_train, label=y_train, feature_names=names, missing=math.nan), rounds)
    seconds = time.perf_counter() - started
    scores = booster.predict(xgb.DMatrix(x_test, feature_names=names, missing=math.nan))
    result = {"model": f"xgboost {xgb.__version__}, {rounds} trees, depth {depth}, hist", "train_seconds": seconds}
    for rate in (1, 2, 5, 10):
        precision, recall = top_k(y_test, scores, rate)
        result[f"precision_at_{rate}"] = precision
        result[f"recall_at_{rate}"] = recall
    result["auc"] = float(auc(y_test, scores))
    print(json.dumps(result))


main()
