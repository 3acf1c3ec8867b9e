#ifndef JX_LOAD_H
#define JX_LOAD_H
/* jx_doc_load and jx_doc_free are declared in jixiao.h. */
#include "jixiao.h"
#endif
