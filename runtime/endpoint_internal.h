/* Internal hooks between the endpoint and its loop-mode wrapper. */
#ifndef FSIP_ENDPOINT_INTERNAL_H
#define FSIP_ENDPOINT_INTERNAL_H

#include "fsip/endpoint.h"

/* Called when the endpoint's deadline may have moved outside
 * fsip_endpoint_process() (a send, a connection marked for closing). */
typedef void (*ep_changed_fn)(fsip_endpoint *ep, void *arg);

int ep_create(const fsip_endpoint_config *cfg, const fsip_stack_callbacks *cbs,
              fsip_endpoint **out);
void ep_set_changed(fsip_endpoint *ep, ep_changed_fn fn, void *arg);
/* Loop mode: the loop glue attached by fsip_endpoint_new_on_loop(), freed
 * with the endpoint (NULL in integrator mode). */
void ep_set_loop_glue(fsip_endpoint *ep, void *glue, void (*free_glue)(void *glue));

#endif
