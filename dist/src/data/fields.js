// Flow-log record fields by version (from ../shared/spec/FIELDS.md). Keep the list here, in one
// place, so new AWS fields are a one-line change.
/** VPC, subnet, network interface and regional NAT gateway flow logs: field → version. */
export const VPC_FIELDS = {
    ...Object.fromEntries('version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'
        .split(' ')
        .map((f) => [f, 2])),
    ...Object.fromEntries('vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr'.split(' ').map((f) => [f, 3])),
    ...Object.fromEntries('region az-id sublocation-type sublocation-id'.split(' ').map((f) => [f, 4])),
    ...Object.fromEntries('pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path'.split(' ').map((f) => [f, 5])),
    ...Object.fromEntries('ecs-cluster-arn ecs-cluster-name ecs-container-instance-arn ecs-container-instance-id ecs-container-id ecs-second-container-id ecs-service-name ecs-task-definition-arn ecs-task-arn ecs-task-id'
        .split(' ')
        .map((f) => [f, 7])),
    'reject-reason': 8,
    'resource-id': 9,
    'encryption-status': 10,
    ...Object.fromEntries('instance-tag instance-tag-2 interface-tag interface-tag-2 asg-tag asg-tag-2 interface-type next-hop-interface-id next-hop-subnet-id next-hop-az-id next-hop-vpc-id next-hop-interface-type'
        .split(' ')
        .map((f) => [f, 11])),
};
/** Fields added in version 11 that need `TagFieldSpecifications` on the flow log. */
export const TAG_FIELDS = ['instance-tag', 'instance-tag-2', 'interface-tag', 'interface-tag-2', 'asg-tag', 'asg-tag-2'];
const TGW_SHARED = 'version account-id srcaddr dstaddr srcport dstport protocol packets bytes start end log-status type tcp-flags region flow-direction pkt-src-aws-service pkt-dst-aws-service';
const TGW_V6 = 'resource-type tgw-id tgw-attachment-id tgw-src-vpc-account-id tgw-dst-vpc-account-id tgw-src-vpc-id tgw-dst-vpc-id tgw-src-subnet-id tgw-dst-subnet-id tgw-src-eni tgw-dst-eni tgw-src-az-id tgw-dst-az-id tgw-pair-attachment-id packets-lost-no-route packets-lost-blackhole packets-lost-mtu-exceeded packets-lost-ttl-expired';
/** Transit gateway (attachment) flow logs: field → version. */
export const TGW_FIELDS = {
    ...Object.fromEntries(TGW_SHARED.split(' ').map((f) => [f, VPC_FIELDS[f] ?? 2])),
    ...Object.fromEntries(TGW_V6.split(' ').map((f) => [f, 6])),
};
export const DEFAULT_FORMAT_FIELDS = 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'.split(' ');
export function isTransitGateway(resourceType) {
    return resourceType === 'TransitGateway' || resourceType === 'TransitGatewayAttachment';
}
