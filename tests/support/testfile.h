/* Reading test data files as binary (never strlen: corpus files hold NULs). */
#ifndef FSIP_TESTFILE_H
#define FSIP_TESTFILE_H
#include <stddef.h>

/* Reads a whole file; returns a malloc'd buffer (NUL-terminated for
 * convenience, the NUL not counted in *len) or NULL. */
char *test_read_file(const char *path, size_t *len);

#endif
