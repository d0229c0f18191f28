"""A moto server (getmoto/moto: an AWS emulator independent of this project's) holding a seeded fleet,
for test/e2e/moto.test.ts.

    python3 test/support/moto-fleet.py '{"eu-west-1": {"reservations": 1050, "per": 1}, ...}'

Seeds each region in-process (moto's mock, faster than over HTTP), then serves the same backends on a
loopback port and prints one JSON line: {"url", "truth": {region: {"ids": [...], "optional": N}}},
where "optional" counts the instances with HttpTokens optional (every third reservation). Serves until
its standard input closes.
"""
import json
import sys

import boto3
from moto import mock_aws
from moto.server import ThreadedMotoServer

CREDS = {"aws_access_key_id": "AKIDTEST", "aws_secret_access_key": "test"}


def seed(region: str, reservations: int, per: int) -> dict:
    ec2 = boto3.client("ec2", region_name=region, **CREDS)
    ami = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    for k in range(reservations):
        ec2.run_instances(
            ImageId=ami,
            MinCount=per,
            MaxCount=per,
            MetadataOptions={"HttpTokens": "optional" if k % 3 == 0 else "required"},
        )
    ids, optional = [], 0
    for page in ec2.get_paginator("describe_instances").paginate():
        for r in page["Reservations"]:
            for i in r["Instances"]:
                ids.append(i["InstanceId"])
                optional += i["MetadataOptions"]["HttpTokens"] == "optional"
    return {"ids": sorted(ids), "optional": optional}


def main() -> None:
    spec = json.loads(sys.argv[1])
    with mock_aws():
        truth = {region: seed(region, r["reservations"], r["per"]) for region, r in spec.items()}
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        print(json.dumps({"url": f"http://{host}:{port}", "truth": truth}), flush=True)
        sys.stdin.read()
        server.stop()


if __name__ == "__main__":
    main()
