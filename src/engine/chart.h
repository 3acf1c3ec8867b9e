/* Sets a bar chart drawn as vectors. */
#ifndef JX_ENGINE_CHART_H
#define JX_ENGINE_CHART_H

#include "engine/setter.h"

int ts_set_chart(setter *S, const jx_block *b);

#endif
