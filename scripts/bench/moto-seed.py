"""Seeds a moto server with the fleet of issue "Fast on any fleet": 2,000 instances in 4 regions (500 in
each), in batches of 50 with mixed IMDS settings (HttpTokens optional or required, the endpoint now and
then disabled, hop limit 1 or 2) and Name/team tags. Seeded, so every run builds the same settings.

    python3 scripts/bench/moto-seed.py http://127.0.0.1:PORT

Used by scripts/bench/moto.ts; needs moto's own dependencies only (boto3).
"""
import random
import sys

import boto3

REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1"]
PER_REGION = 500
BATCH = 50


def main(url: str) -> None:
    rng = random.Random(1)
    for region in REGIONS:
        ec2 = boto3.client(
            "ec2",
            region_name=region,
            endpoint_url=url,
            aws_access_key_id="AKIDBENCH",
            aws_secret_access_key="bench",
        )
        ami = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
        for made in range(0, PER_REGION, BATCH):
            ec2.run_instances(
                ImageId=ami,
                MinCount=BATCH,
                MaxCount=BATCH,
                InstanceType="t3.micro",
                MetadataOptions={
                    "HttpTokens": rng.choice(["optional", "required", "required"]),
                    "HttpEndpoint": rng.choice(["enabled"] * 9 + ["disabled"]),
                    "HttpPutResponseHopLimit": rng.choice([1, 2]),
                },
                TagSpecifications=[
                    {
                        "ResourceType": "instance",
                        "Tags": [
                            {"Key": "Name", "Value": f"app-{region}-{made}"},
                            {"Key": "team", "Value": rng.choice(["web", "data", "ops"])},
                        ],
                    }
                ],
            )
    print(f"{len(REGIONS) * PER_REGION} instances in {len(REGIONS)} regions")


if __name__ == "__main__":
    main(sys.argv[1])
