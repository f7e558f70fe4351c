"""spaCy NER-only over a list of files, one process: the peer figure for issue 5.

Run with the benchmark's own virtual environment (Scripts/.venv-bench), not the system
Python. Prints one JSON object: model load time and processing time separately, so the
ratio compares processing with processing. "NER-only" keeps `tok2vec` and `ner` and
disables every other pipe, as spaCy's docs advise for speed
(https://spacy.io/usage/processing-pipelines#disabling).

Usage: spacy_ner.py MODEL BATCH_SIZE FILE...
"""

import json
import sys
import time


def main() -> None:
    model, batch_size, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())

    start = time.perf_counter()
    import spacy  # part of the load cost, as for any user

    # The pipe names come from the package's meta.json, so the model loads only once.
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(model))
    keep = {"tok2vec", "ner"}
    disabled = [name for name in meta["pipeline"] if name not in keep]
    nlp = spacy.load(model, disable=disabled)
    load_seconds = time.perf_counter() - start

    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        entities += len(doc.ents)
    process_seconds = time.perf_counter() - start

    print(json.dumps({
        "spacy_version": spacy.__version__,
        "model": model,
        "model_version": nlp.meta.get("version"),
        "active_pipes": nlp.pipe_names,
        "disabled_pipes": disabled,
        "batch_size": batch_size,
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "entities": entities,
        "load_seconds": load_seconds,
        "process_seconds": process_seconds,
    }))


if __name__ == "__main__":
    main()
