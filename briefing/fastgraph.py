"""LexRank and TextRank scores with sparse matrices: the same numbers as sumy, without n².

sumy builds dense n×n matrices in pure Python loops (quadratic time and memory). Here the
sentence-term matrix is sparse, similarities are computed a block of rows at a time with
sparse products, and only the edges the algorithm keeps are stored, so memory grows with
the number of edges, not with n².
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

_BLOCK = 2048  # rows of the similarity matrix computed at once


def _rows(
    sentences: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """Sentences × words in compressed rows (numpy only): row i's word ids are
    indices[indptr[i]:indptr[i + 1]], how often each occurs the same slice of data."""
    vocabulary = {} if vocabulary is None else vocabulary
    cols: list[int] = []
    values: list[float] = []
    sizes: list[int] = []
    for words in sentences:
        counted = Counter(words)
        sizes.append(len(counted))
        for word, times in counted.items():
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
            values.append(float(times))
    indptr = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    return indptr, np.array(cols, dtype=np.int64), np.array(values, dtype=np.float64), vocabulary


def _counts(
    sentences: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Sentences × words as a scipy matrix: how often each word occurs in each sentence."""
    from scipy import sparse  # only the graph algorithms need scipy: news starts faster

    indptr, indices, data, vocabulary = _rows(sentences, vocabulary)
    shape = (len(sentences), max(len(vocabulary), 1))
    return sparse.csr_matrix((data, indices, indptr), shape=shape), vocabulary


def _document_frequency(counts: sparse.csr_matrix) -> np.ndarray:
    """In how many sentences each word occurs."""
    return np.bincount(counts.indices, minlength=counts.shape[1])


def _term_matrix(
    sentences: Sequence[Sequence[str]], weigh: str
) -> tuple[sparse.csr_matrix, list[int]]:
    """Sentences × terms: raw counts ("count") or sumy's LexRank TF-IDF ("tfidf")."""
    from scipy import sparse

    matrix, _ = _counts(sentences)
    if weigh == "tfidf":
        # tf / max tf of the sentence, times log(n / (1 + df)), as sumy's LexRank.
        top = np.maximum(matrix.max(axis=1).toarray().ravel(), 1.0)
        idf = np.log(len(sentences) / (1.0 + _document_frequency(matrix)))
        matrix = sparse.diags(1.0 / top) @ matrix @ sparse.diags(idf)
    return matrix.tocsr(), [len(words) for words in sentences]


def lexrank(
    sentences: Sequence[Sequence[str]], threshold: float = 0.1, epsilon: float = 0.1
) -> np.ndarray:
    """LexRank centrality of each sentence (sumy's variant: thresholded idf-cosine graph)."""
    from scipy import sparse

    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    weights, _ = _term_matrix(sentences, "tfidf")
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    safe = np.where(norms > 0, norms, 1.0)
    unit = sparse.diags(1.0 / safe) @ weights
    unit_t = unit.T.tocsc()
    rows, cols = [], []
    for start in range(0, n, _BLOCK):
        cosine = (unit[start : start + _BLOCK] @ unit_t).tocoo()
        keep = cosine.data > threshold
        rows.append(cosine.row[keep] + start)
        cols.append(cosine.col[keep])
    row, col = np.concatenate(rows), np.concatenate(cols)
    edges = sparse.csr_matrix((np.ones(len(row)), (row, col)), shape=(n, n))
    # A sentence with zero norm has cosine 0 with everything, itself included (as in sumy).
    degrees = np.asarray(edges.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1
    transition_t = (sparse.diags(1.0 / degrees) @ edges).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = transition_t @ p
        following /= np.linalg.norm(following)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


class _SharedWords:
    """Sums of shared-word edge weights S_ij / (log len_i + log len_j), without forming S.

    S = C Cᵀ (C: word counts). The denominator takes one value per pair of sentence
    *lengths*, and there are few distinct lengths, so a weighted sum over all j is computed
    exactly as a sum over length groups: time and memory grow with the words, not with n².
    ``flat`` is the weight used when both log lengths are 0 (two one-word sentences).
    """

    def __init__(self, sentences: Sequence[Sequence[str]], flat: float) -> None:
        from scipy import sparse

        self.counts, lengths = _term_matrix(sentences, "count")
        n = len(sentences)
        length_values = sorted(set(lengths))
        group_of = {length: g for g, length in enumerate(length_values)}
        self.groups = np.array([group_of[length] for length in lengths])
        logs = np.array([math.log(length) if length > 0 else 0.0 for length in length_values])
        denominator = logs[:, None] + logs[None, :]
        zero = np.isclose(denominator, 0.0)
        self.inverse = np.where(zero, flat, 1.0 / np.where(zero, 1.0, denominator))
        self.membership = sparse.csr_matrix(
            (np.ones(n), (np.arange(n), self.groups)), shape=(n, len(length_values))
        )
        self.counts_t = self.counts.T.tocsr()

    def spread(self, q: np.ndarray) -> np.ndarray:
        """For each sentence j: sum over all i (j included) of q_i · weight_ij."""
        from scipy import sparse

        weighted = sparse.csc_matrix(self.membership.multiply(q[:, None]))
        by_group = self.counts_t @ weighted  # words × length groups
        per_group = (self.counts @ by_group).toarray()  # sentences × length groups
        return np.einsum("jg,jg->j", per_group, self.inverse[self.groups])

    def self_weights(self) -> np.ndarray:
        """weight_ii for every sentence (the diagonal of the edge matrix)."""
        squares = np.asarray(self.counts.multiply(self.counts).sum(axis=1)).ravel()
        return squares * self.inverse[self.groups, self.groups]


def textrank(
    sentences: Sequence[Sequence[str]], damping: float = 0.85, epsilon: float = 1e-4
) -> np.ndarray:
    """TextRank score of each sentence (sumy's variant: shared words over summed log lengths)."""
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    edges = _SharedWords(sentences, flat=1.0)  # sumy: two one-word sentences weigh `rank`
    row_sums = edges.spread(np.ones(n)) + 1e-7  # symmetric: row sums = column sums
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = (1.0 - damping) / n * p.sum() + damping * edges.spread(p / row_sums)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def reduction(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """Reduction score of each sentence (sumy's): its summed edge weight to every other one."""
    if not sentences:
        return np.zeros(0)
    edges = _SharedWords(sentences, flat=0.0)  # sumy: a zero denominator gives weight 0
    return edges.spread(np.ones(len(sentences))) - edges.self_weights()


def news(
    sentences: Sequence[Sequence[str]],
    lengths: Sequence[int],
    *,
    position_decay: float = 0.5,
    centrality_weight: float = 2.0,
    backward_penalty: float = 0.5,
    length_weight: float = 0.3,
    ideal_length: int = 25,
    redundancy: float = 0.2,
    pool: int = 60,
) -> np.ndarray:
    """A news-aware sentence score: lead position, directed centrality, length, redundancy.

    - position: 1 / (1 + i) ** position_decay (news puts what matters first);
    - centrality, directed as in Zheng & Lapata (2019) "Sentence Centrality Revisited": TF-IDF
      similarity to *later* sentences counts for a sentence, similarity to earlier ones
      against it (it repeats them); sums over j > i use suffix sums of the unit vectors, so
      this is linear in the document, not quadratic;
    - length: distance from ``ideal_length`` words, relative (a highlight is one clear line);
    - redundancy (MMR): the best ``pool`` sentences are taken greedily, each time losing
      ``redundancy`` × its highest similarity to those already taken.

    Returns each sentence's marginal score; the top k of it is the greedy selection.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    indptr, indices, data, vocabulary = _rows(sentences)
    size = max(len(vocabulary), 1)
    idf = np.log((n + 1) / (np.bincount(indices, minlength=size) + 1)) + 1
    row = np.repeat(np.arange(n), np.diff(indptr))
    data = data * idf[indices]
    norms = np.sqrt(np.bincount(row, weights=data * data, minlength=n))
    data = data / np.where(norms > 0, norms, 1.0)[row]  # unit TF-IDF vectors, row by row
    total = np.bincount(indices, weights=data, minlength=size).astype(np.float64)
    prefix = np.zeros(size)  # (bincount of nothing is integer: a text without words)
    forward, backward = np.zeros(n), np.zeros(n)
    for i in range(n):
        idx = indices[indptr[i] : indptr[i + 1]]
        dat = data[indptr[i] : indptr[i + 1]]
        before = float(dat @ prefix[idx])
        backward[i] = before
        forward[i] = float(dat @ total[idx]) - before - float(dat @ dat)
        prefix[idx] += dat
    position = 1.0 / (1.0 + np.arange(n)) ** position_decay
    length = -np.abs(np.asarray(lengths, dtype=float) - ideal_length) / ideal_length
    base = (
        position
        + centrality_weight * (forward - backward_penalty * backward) / n
        + length_weight * length
    )
    pooled = np.sort(np.argsort(-base, kind="stable")[:pool])  # document order
    vectors = np.zeros((len(pooled), size))
    for r, i in enumerate(pooled):
        vectors[r, indices[indptr[i] : indptr[i + 1]]] = data[indptr[i] : indptr[i + 1]]
    similarity = vectors @ vectors.T
    scores = base - 10.0  # outside the pool: below every pooled sentence, in base order
    overlap = np.zeros(len(pooled))  # highest similarity to a sentence already taken
    open_ = np.ones(len(pooled), dtype=bool)
    for _ in range(len(pooled)):
        value = np.where(open_, base[pooled] - redundancy * overlap, -np.inf)
        best = int(np.argmax(value))  # the first maximum: document order breaks ties
        scores[pooled[best]] = value[best]
        open_[best] = False
        overlap = np.maximum(overlap, similarity[best])
    return scores


def lead_cover(
    sentences: Sequence[Sequence[str]],
    lengths: Sequence[int],
    k: int,
    *,
    quoted: Sequence[float] = (),
    leaning: Sequence[float] = (),
    extra: int = 1,
    length_cost: float = 0.2,
    position_cost: float = 0.5,
    quote_cost: float = 4.0,
    decay: float = 0.5,
    keep_lead: bool = False,
) -> list[int]:
    """The k opening sentences that best cover the story: k of the first k + ``extra``.

    A word's weight is how many other sentences repeat it (what the story keeps coming
    back to), discounted by how late it first appears, (df - 1) / (1 + first)^decay. The
    chosen set maximises the weight of the distinct words it covers (each counted once, so
    two sentences saying the same thing gain nothing: redundancy removal), less
    ``length_cost`` per word of length and ``position_cost`` per sentence index, and
    ``quote_cost`` times ``quoted`` for a sentence that opens with a quotation (a voice, not
    a fact; twice for one that does not say whose). A sentence ``leaning`` on the one before
    (it opens with "He", "His" …) costs as much where that one is not chosen, and dropping
    the one before a chosen leaning sentence costs it too: the two stay together. With
    extra = 1 that is Lead-k with at most one swap: the (k+1)-th sentence replaces the
    opening sentence that adds least per word (exact: one removal). Larger ``extra`` removes
    greedily, one sentence at a time. ``keep_lead``: the first sentence is never dropped
    (a hard-news lead says what happened; later sentences repeating its words are the
    redundant ones).
    """
    n = len(sentences)
    window = min(n, k + extra)
    if k >= window:
        return list(range(window))
    first: dict[str, int] = {}
    frequency: Counter[str] = Counter()
    for i, words in enumerate(sentences):
        for w in set(words):
            frequency[w] += 1
            first.setdefault(w, i)
    weight = {w: (frequency[w] - 1) / (1 + first[w]) ** decay for w in frequency}
    sets = [set(sentences[i]) for i in range(window)]
    chosen = list(range(window))
    while len(chosen) > k:  # drop, one at a time, the sentence whose loss costs least
        present: Counter[str] = Counter(w for i in chosen for w in sets[i])
        losses = {
            i: sum(weight[w] for w in sets[i] if present[w] == 1)
            - length_cost * lengths[i]
            - position_cost * i
            - (quote_cost * quoted[i] if i < len(quoted) else 0.0)
            - (quote_cost * leaning[i] if i < len(leaning) and i - 1 not in chosen else 0.0)
            + (quote_cost * leaning[i + 1] if i + 1 < len(leaning) and i + 1 in chosen else 0.0)
            for i in chosen
        }
        droppable = [i for i in chosen if i > 0] if keep_lead else chosen
        chosen.remove(min(droppable, key=lambda i: (losses[i], -i)))  # ties: drop the later
    return chosen


def kl_order(
    content: Sequence[Sequence[str]],
    raw: Sequence[Sequence[str]],
    document_frequency: dict[str, float],
) -> Iterator[int]:
    """The order in which sumy's KL-Sum takes sentences, each step vectorised over all of them.

    A generator: a caller that needs only the first k sentences stops after k steps instead
    of one step per sentence of the document.

    sumy, step by step: for every sentence s left, joint = counts of (s's content words +
    every raw word of the summary so far) / their total; KL = sum over joint's words w with
    a document frequency d_w of d_w · log(d_w / joint_w); the first sentence with the
    smallest KL joins the summary. Here one step is a few array operations over the nonzero
    (sentence, word) pairs instead of Python dictionaries per sentence.
    """
    n = len(content)
    if n == 0:
        return
    matrix, vocabulary = _counts(content)
    raw_ids = [[vocabulary.setdefault(w, len(vocabulary)) for w in words] for words in raw]
    size = len(vocabulary)
    d = np.zeros(size)
    for word, index in vocabulary.items():
        d[index] = document_frequency.get(word, 0.0)
    pairs = matrix.tocoo()
    row, col, count = pairs.row.astype(np.int64), pairs.col.astype(np.int64), pairs.data
    lengths = np.bincount(row, weights=count, minlength=n) if len(row) else np.zeros(n)
    has_d = d > 0
    log_d = np.log(np.where(has_d, d, 1.0))
    d_nz, log_d_nz, has_nz = d[col], log_d[col], has_d[col]
    log_count = np.log(np.where(count > 0, count, 1.0))
    summary = np.zeros(size)
    summary_total = 0.0
    left = np.ones(n, dtype=bool)
    for _ in range(n):
        in_summary = summary > 0
        log_summary = np.log(np.where(in_summary, summary, 1.0))
        base = float(np.sum(np.where(in_summary & has_d, d * (log_d - log_summary), 0.0)))
        weight = float(np.sum(np.where(in_summary & has_d, d, 0.0)))
        s_nz = summary[col]
        shared = s_nz > 0
        gain = np.where(
            shared,
            d_nz * (log_summary[col] - np.log(np.where(shared, s_nz + count, 1.0))),
            d_nz * (log_d_nz - log_count),
        )
        gain = np.where(has_nz, gain, 0.0)
        extra = np.where(has_nz & ~shared, d_nz, 0.0)
        total = lengths + summary_total
        per_row = np.bincount(row, weights=gain, minlength=n) if len(row) else np.zeros(n)
        per_weight = np.bincount(row, weights=extra, minlength=n) if len(row) else np.zeros(n)
        kl = base + per_row + np.log(np.where(total > 0, total, 1.0)) * (weight + per_weight)
        kl = np.where(left, kl, np.inf)
        best = int(np.argmin(kl))  # the first smallest, in document order, as in sumy
        yield best
        left[best] = False
        for index in raw_ids[best]:
            summary[index] += 1.0
        summary_total += len(raw_ids[best])
