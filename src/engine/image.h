/* Sets a PNG or JPEG image. */
#ifndef JX_ENGINE_IMAGE_H
#define JX_ENGINE_IMAGE_H

#include "engine/setter.h"

int ts_set_image(setter *S, const jx_block *b);

#endif
