/* Prints a port free for both UDP and TCP on 127.0.0.1 (found by binding
 * port 0), for the interop tests to hand to SIPp. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    for (int tries = 0; tries < 20; tries++) {
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
        socklen_t al = sizeof a;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        int u = socket(AF_INET, SOCK_DGRAM, 0), t = socket(AF_INET, SOCK_STREAM, 0);
        if (u < 0 || t < 0) return 1;
        int ok = bind(u, (struct sockaddr *)&a, sizeof a) == 0 &&
                 getsockname(u, (struct sockaddr *)&a, &al) == 0 &&
                 bind(t, (struct sockaddr *)&a, sizeof a) == 0;
        close(u);
        close(t);
        if (ok) {
            printf("%u\n", (unsigned)ntohs(a.sin_port));
            return 0;
        }
    }
    return 1;
}
