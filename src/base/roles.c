#include "base/roles.h"

#include <stddef.h>

const char *const JX_ROLE_NAMES[] = {"song", "hei", "kai", "fangsong", "title", NULL};
