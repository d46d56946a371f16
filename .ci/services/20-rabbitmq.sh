# Sourced by .ci/run: installs RabbitMQ from Debian packages if missing, starts the broker (reusing a running one),
# waits until it answers and exports ISNAD_TEST_AMQP (read by tests/Isnad.Corpus.Tests/Queue/). Any failure stops CI.
amqp_as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v rabbitmq-server >/dev/null || ! command -v rabbitmqctl >/dev/null; then
    echo "installing rabbitmq-server"
    amqp_as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive amqp_as_root apt-get install -y -q rabbitmq-server
fi

if ! amqp_as_root rabbitmqctl -q status >/dev/null 2>&1; then
    echo "starting rabbitmq-server"
    amqp_as_root rabbitmq-server -detached
fi

# The node takes a few seconds to boot and is not reachable at first: ask until it says it has started.
for _ in $(seq 1 60); do
    amqp_as_root rabbitmqctl -q await_startup --timeout 5 >/dev/null 2>&1 && break
    sleep 2
done
if ! amqp_as_root rabbitmqctl -q await_startup --timeout 5; then
    echo "rabbitmq-server did not start" >&2
    false
fi

export ISNAD_TEST_AMQP="amqp://guest:guest@127.0.0.1:5672/"
echo "RabbitMQ on 127.0.0.1:5672: ISNAD_TEST_AMQP set"
