/* A batch written as web pages, as a site: an index of its documents. */
#ifndef JX_BATCH_SITE_H
#define JX_BATCH_SITE_H

#include "batch/manifest.h"
#include "jixiao.h"

/* Writes outdir/index.html listing every document of m whose page is in
 * outdir (项目名称, 单位, 得分, 等级 as each document prints them, a link to
 * its page and to its PDF when that is there too), and the same list
 * sorted by 单位 (index-unit.html), 得分 (index-score.html) and 等级
 * (index-grade.html), each column's heading a link to its order: a list
 * sortable without script. 0, or -1 with a diagnostic. */
int jx_site_index(const jx_manifest *m, const char *outdir, jx_diags *d);

#endif
