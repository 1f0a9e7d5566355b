package io.longwatch.demo;

/** What a machine in the demo network is for; it decides the benign activity it produces. */
enum Role {
    WORKSTATION, DOMAIN_CONTROLLER, EXCHANGE, FILE_SERVER, LINUX_JUMP
}
