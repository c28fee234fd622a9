"""Splink 5 on the identity records that `rekindle-bench resolution --splink-input` writes.

    python3 -m venv /tmp/splink-venv && /tmp/splink-venv/bin/pip install splink==5.0.0
    swift run -c release rekindle-bench resolution --persons 3000 --splink-input /tmp/identities.csv
    /tmp/splink-venv/bin/python benchmarks/splink/compare.py /tmp/identities.csv

The set-up follows Splink's own recommendations for people (docs and the fake_1000 demo): name
comparisons with term-frequency adjustments, the e-mail comparison, exact phone
and handle, company by Jaro-Winkler; prior from deterministic rules, u by random sampling, m by
expectation-maximisation in a round robin of blocking rules; connected components. It gets the
names already transliterated and split, the canonical e-mail, the E.164 phone and the handle
reduced to letters and digits, as Rekindle computes them: the comparison is of the matching, not
of the normalizers. The metrics are computed here, from the clusters, exactly as rekindle-bench
computes its own.
"""

import sys
import time
from collections import Counter, defaultdict

import duckdb
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


def pairwise(groups, truth):
    """Cluster-pairwise precision, recall, F1 and B-cubed F1 of `groups` against `truth`."""
    true_sizes = Counter(truth.values())
    true_pairs = sum(n * (n - 1) // 2 for n in true_sizes.values())
    predicted = correct = 0
    b3p = b3r = 0.0
    items = 0
    for members in groups:
        persons = [truth[m] for m in members if m in truth]
        if not persons:
            continue
        predicted += len(persons) * (len(persons) - 1) // 2
        for person, shared in Counter(persons).items():
            correct += shared * (shared - 1) // 2
            b3p += shared * shared / len(persons)
            b3r += shared * shared / true_sizes[person]
        items += len(persons)
    precision = correct / predicted if predicted else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    b3p, b3r = b3p / items, b3r / items
    b3f1 = 2 * b3p * b3r / (b3p + b3r) if b3p + b3r else 0.0
    return precision, recall, f1, b3f1


def main(path):
    started = time.time()
    con = duckdb.connect()
    table = con.sql(
        f"SELECT * REPLACE (CAST(unique_id AS BIGINT) AS unique_id) FROM read_csv('{path}', all_varchar=true)"
    )
    rows = table.fetchall()
    columns = [d[0] for d in table.description]
    index = {name: i for i, name in enumerate(columns)}
    truth = {row[index["unique_id"]]: row[index["cluster"]] for row in rows}
    linkable = {row[index["unique_id"]]: row[index["linkable"]] for row in rows}

    db_api = DuckDBAPI(connection=con)
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.EmailComparison("email"),
            cl.ExactMatch("phone"),
            cl.ExactMatch("handle").configure(term_frequency_adjustments=True),
            cl.JaroWinklerAtThresholds("company", [0.9, 0.7]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "surname"),
            block_on("surname"),
            block_on("email"),
            block_on("phone"),
            block_on("handle"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    df = db_api.register(table, table_name="identities")
    linker = Linker(df, settings, log_level="WARNING")
    train_start = time.time()
    linker.training.estimate_probability_two_random_records_match(
        [block_on("email"), block_on("phone"), block_on("first_name", "surname")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    # Round robin: each rule trains the comparisons it does not block on (Splink's fake_1000 demo).
    for rule in [block_on("first_name", "surname"), block_on("email"), block_on("handle")]:
        linker.training.estimate_parameters_using_expectation_maximisation(rule)
    train_seconds = time.time() - train_start
    predict_start = time.time()
    predictions = linker.inference.predict(threshold_match_probability=0.01)
    predict_seconds = time.time() - predict_start
    before_clustering = time.time() - started
    for threshold in (0.5, 0.95):
        cluster_start = time.time()
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, threshold)
        groups = defaultdict(list)
        for unique_id, cluster_id in clusters.as_duckdbpyrelation().select("unique_id, cluster_id").fetchall():
            groups[cluster_id].append(unique_id)
        cluster_seconds = time.time() - cluster_start
        p, r, f1, b3 = pairwise(groups.values(), truth)
        _, linkable_recall, _, _ = pairwise(groups.values(), linkable)
        print(
            f"splink @{threshold}: pairwise P {p:.4f} R {r:.4f} F1 {f1:.4f} | B3 F1 {b3:.4f} | "
            f"recall on pairs with evidence {linkable_recall:.4f} | clusters {len(groups)}"
        )
        print(
            f"splink @{threshold}: train {train_seconds:.2f} s, predict {predict_seconds:.2f} s, "
            f"cluster {cluster_seconds:.2f} s, total (load, train, predict, cluster) "
            f"{before_clustering + cluster_seconds:.2f} s"
        )


if __name__ == "__main__":
    main(sys.argv[1])
