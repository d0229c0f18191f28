"""A moto server (getmoto/moto: an AWS emulator independent of this project's) holding a seeded fleet,
for test/e2e/moto.test.ts and the bench's moto scenario (scripts/bench/moto.ts).

    python3 test/support/moto-fleet.py '{"eu-west-1": {"reservations": 1050, "per": 1}, ...}'

Seeds each region in-process (moto's mock, faster than over HTTP), then serves the same backends on a
loopback port and prints one JSON line: {"url", "truth": {region: {"ids", "optional", "paged",
"wildcards"}}}: every instance id, how many have HttpTokens optional, whether a 1,000-result
DescribeInstances page came back with a NextToken, and whether an instance-id prefix wildcard matched
(null for an empty region); and "metadataDefaults", whether GetInstanceMetadataDefaults answers.
Serves until its standard input closes.

Per region: `reservations` calls of RunInstances, `per` instances each. Plain, every third reservation
allows IMDSv1; with "mixed": true (the issue's fleet in the bench) each reservation draws its settings
from a seeded generator (HttpTokens optional or required, the endpoint now and then disabled, hop
limit 1 or 2) and carries Name and team tags.
"""
import json
import random
import sys

import boto3
from moto import mock_aws
from moto.server import ThreadedMotoServer

CREDS = {"aws_access_key_id": "AKIDTEST", "aws_secret_access_key": "test"}


def options(k: int, rng: random.Random | None) -> dict:
    if rng is None:
        return {"MetadataOptions": {"HttpTokens": "optional" if k % 3 == 0 else "required"}}
    return {
        "MetadataOptions": {
            "HttpTokens": rng.choice(["optional", "required", "required"]),
            "HttpEndpoint": rng.choice(["enabled"] * 9 + ["disabled"]),
            "HttpPutResponseHopLimit": rng.choice([1, 2]),
        },
        "TagSpecifications": [
            {
                "ResourceType": "instance",
                "Tags": [
                    {"Key": "Name", "Value": f"app-{k}"},
                    {"Key": "team", "Value": rng.choice(["web", "data", "ops"])},
                ],
            }
        ],
    }


def seed(region: str, spec: dict, rng: random.Random) -> dict:
    ec2 = boto3.client("ec2", region_name=region, **CREDS)
    ami = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    per = spec["per"]
    for k in range(spec["reservations"]):
        ec2.run_instances(
            ImageId=ami,
            MinCount=per,
            MaxCount=per,
            InstanceType="t3.micro",
            **options(k, rng if spec.get("mixed") else None),
        )
    ids, optional = [], 0
    for page in ec2.get_paginator("describe_instances").paginate():
        for r in page["Reservations"]:
            for i in r["Instances"]:
                ids.append(i["InstanceId"])
                optional += i["MetadataOptions"]["HttpTokens"] == "optional"
    # How this moto answers what the scan relies on: a 1,000-result page with a NextToken, and an
    # instance-id prefix wildcard (EC2 applies it; moto 5.2 matches it literally).
    paged = "NextToken" in ec2.describe_instances(MaxResults=1000)
    wildcards = None
    if ids:
        found = ec2.describe_instances(Filters=[{"Name": "instance-id", "Values": [ids[0][:5] + "*"]}])
        wildcards = any(r["Instances"] for r in found["Reservations"])
    return {"ids": sorted(ids), "optional": optional, "paged": paged, "wildcards": wildcards}


def main() -> None:
    spec = json.loads(sys.argv[1])
    rng = random.Random(1)
    with mock_aws():
        truth = {region: seed(region, r, rng) for region, r in spec.items()}
        # Whether this moto implements GetInstanceMetadataDefaults (5.2 does not: an HTML 500).
        try:
            boto3.client("ec2", region_name="us-east-1", **CREDS).get_instance_metadata_defaults()
            defaults = True
        except Exception:  # noqa: BLE001 - any failure means "not answered as AWS would"
            defaults = False
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        print(json.dumps({"url": f"http://{host}:{port}", "truth": truth, "metadataDefaults": defaults}), flush=True)
        sys.stdin.read()
        server.stop()


if __name__ == "__main__":
    main()
