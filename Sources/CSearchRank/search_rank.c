// eventkb_bm25: the ranking of `search`, FTS5's bm25 (SQLite's ext/fts5/fts5_aux.c) with one
// change. bm25 weighs each phrase by its inverse document frequency, and to know how many rows
// hold a phrase FTS5 walks the phrase's whole doclist once per query (xQueryPhrase): for a word
// in tens of thousands of sentences, most of what `search` costs. With one phrase the weight is
// one positive constant for every row, so it cannot change the order, and the walk is skipped.
// With more phrases the weights differ and are computed as bm25 does. Scores are only ever
// compared within one query (ORDER BY), never shown.
#include "CSearchRank.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int nPhrase;
    double avgdl;
    double *aIDF;  // NULL for one phrase
    double *aFreq;
} RankData;

static int countHit(const Fts5ExtensionApi *api, Fts5Context *fts, void *userData) {
    (void)api; (void)fts;
    (*(sqlite3_int64 *)userData)++;
    return SQLITE_OK;
}

static void freeRankData(void *p) {
    sqlite3_free(p);
}

// The query-wide figures, computed once and kept as FTS5 auxdata, as bm25 does.
static int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, RankData **out) {
    RankData *data = (RankData *)api->xGetAuxdata(fts, 0);
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    sqlite3_int64 nRow = 0, nToken = 0;
    int rc = api->xRowCount(fts, &nRow);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &nToken);
    if (rc != SQLITE_OK) return rc;
    int nPhrase = api->xPhraseCount(fts);
    size_t bytes = sizeof(RankData) + sizeof(double) * (size_t)nPhrase * 2;
    data = (RankData *)sqlite3_malloc64(bytes);
    if (!data) return SQLITE_NOMEM;
    memset(data, 0, bytes);
    data->nPhrase = nPhrase;
    data->avgdl = nRow > 0 ? (double)nToken / (double)nRow : 1.0;
    data->aFreq = (double *)&data[1];
    if (nPhrase > 1) {
        data->aIDF = &data->aFreq[nPhrase];
        for (int i = 0; rc == SQLITE_OK && i < nPhrase; i++) {
            sqlite3_int64 nHit = 0;
            rc = api->xQueryPhrase(fts, i, (void *)&nHit, countHit);
            if (rc == SQLITE_OK) {
                double idf = log((0.5 + nRow - nHit) / (0.5 + nHit));
                data->aIDF[i] = idf <= 0.0 ? 1e-6 : idf;
            }
        }
    }
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, data, freeRankData);
    if (rc != SQLITE_OK) {
        sqlite3_free(data);
        return rc;
    }
    *out = data;
    return SQLITE_OK;
}

static void searchRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                       sqlite3_value **apVal) {
    (void)nVal; (void)apVal;
    const double k1 = 1.2, b = 0.75;
    RankData *data = NULL;
    int rc = rankData(api, fts, &data);
    int nInst = 0;
    if (rc == SQLITE_OK) {
        for (int i = 0; i < data->nPhrase; i++) data->aFreq[i] = 0.0;
        rc = api->xInstCount(fts, &nInst);
    }
    for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
        int ip, ic, io;
        rc = api->xInst(fts, i, &ip, &ic, &io);
        if (rc == SQLITE_OK) data->aFreq[ip] += 1.0;
    }
    int nTok = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &nTok);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0.0;
    double lengthPart = k1 * (1 - b + b * (double)nTok / data->avgdl);
    for (int i = 0; i < data->nPhrase; i++) {
        double idf = data->aIDF ? data->aIDF[i] : 1.0;
        score += idf * ((data->aFreq[i] * (k1 + 1.0)) / (data->aFreq[i] + lengthPart));
    }
    sqlite3_result_double(ctx, -1.0 * score);
}

int eventkb_register_search_rank(sqlite3 *db) {
    // The FTS5 API pointer, as https://www.sqlite.org/fts5.html#extending_fts5 says to get it.
    fts5_api *api = NULL;
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(stmt);
    rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    return api->xCreateFunction(api, "eventkb_bm25", NULL, searchRank, NULL);
}
