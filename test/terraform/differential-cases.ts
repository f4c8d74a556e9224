// The table the differential test evaluates with `terraform console` and with flowlog-lint: one
// expression per line (each must fit on one line: the console reads a single line), plus the
// variables, tfvars and locals they read. Cases that Terraform rejects at run time must come out
// unknown here (the test marks them "ERROR" on both sides).

export const VARIABLES = `
variable "flow" {
  type = object({
    traffic_type = optional(string, "ALL")
    log_format   = optional(string)
    destination_options = optional(object({
      file_format                = optional(string, "plain-text")
      hive_compatible_partitions = optional(bool, false)
      per_hour_partition         = optional(bool, false)
    }), {})
    tags = optional(map(string), {})
  })
  default = {}
}

variable "flows" {
  type = map(object({
    traffic_type  = optional(string, "ALL")
    max_aggregation_interval = optional(number, 600)
    nested = optional(list(object({ a = optional(number, 1), b = optional(string, "x") })), [{}])
  }))
  default = {
    one = {}
    two = { traffic_type = "REJECT", nested = [{ a = 5 }, {}] }
  }
}

variable "nulled" {
  type    = object({ a = optional(string, "dflt"), b = optional(number) })
  default = { a = null }
}

variable "strs" {
  type    = list(string)
  default = [1, true, "x"]
}

variable "numset" {
  type    = set(number)
  default = [3, 1, 2, 3]
}

variable "strset" {
  type    = set(string)
  default = ["b", "a", "b"]
}

variable "anyv" {
  type    = any
  default = { k = [1, 2] }
}

variable "num_from_str" {
  type    = number
  default = "42"
}

variable "bool_from_str" {
  type    = bool
  default = "true"
}

variable "from_tfvars" {
  type = object({ name = string, retention = optional(number, 365), enabled = optional(bool, true) })
}

variable "nonnull" {
  type     = string
  default  = "keep"
  nullable = false
}

variable "tuplev" {
  type    = tuple([string, number, bool])
  default = ["a", "2", "false"]
}

locals {
  subnets = {
    a = { cidr = "10.0.1.0/24", az = "eu-west-1a", public = true }
    b = { cidr = "10.0.2.0/24", az = "eu-west-1b", public = false }
    c = { cidr = "10.0.3.0/24", az = "eu-west-1a", public = true }
  }
  nums  = [5, 3, 9, 1]
  words = ["vpc", "subnet", "eni", "vpc"]
  empty = []
  nothing = null
  # A comment of each kind, in a parenthesised multi-line conditional:
  cond_with_comments = (
    var.flow.log_format == null # hash comment
    // slash comment
    ? /* block comment */ "default-format"
    : var.flow.log_format
  )
  multi = [
    "a", # after an element
    /* before */ "b",
  ]
}
`;

export const TFVARS = `
from_tfvars = {
  name = "flow-logs"
}
`;

/** Expressions; each is compared as jsonencode(expr) against Terraform. */
export const EXPRESSIONS: readonly string[] = [
  // literals, operators, templates
  '1 + 2 * 3',
  '(1 + 2) * 3',
  '10 / 4',
  '10 % 4',
  '-5 + 2',
  '1.5 * 2',
  '"1" + 1',
  '3 > 2 && 2 > 1',
  '!true || false',
  '1 == 1',
  '1 == "1"',
  '"a" == "a"',
  '"a" != "b"',
  'null == null',
  '[1, 2] == [1, 2]',
  '{ a = 1 } == { a = 1 }',
  '{ a = 1 } == { a = 2 }',
  'true ? "yes" : "no"',
  'false ? 1 : 2',
  'true ? 1 : "x"',
  '5 > 3 ? "big" : "small"',
  '"prefix-${1 + 1}-suffix"',
  '"arn:aws:s3:::${"bucket"}/AWSLogs/*"',
  '"escaped $${literal} and %%{literal}"',
  '"tab\\tquote\\"backslash\\\\"',
  '"unicode \\u00e9"',
  '[for s in ["a", "b"] : upper(s)]',
  '[for i, s in ["a", "b"] : "${i}:${s}"]',
  '{ for k, v in local.subnets : k => v.cidr }',
  '[for k, v in local.subnets : k if v.public]',
  '{ for k, v in local.subnets : v.az => k... }',
  '{ for s in local.words : s => length(s)... }',
  '[for n in local.nums : n * 2 if n > 2]',
  '{ for k, v in { b = 2, a = 1 } : k => v + 1 }',
  '[for k, v in { b = 2, a = 1 } : k]',
  'local.subnets["a"].cidr',
  'local.subnets.b.az',
  '[for s in values(local.subnets) : s.cidr]',
  'values(local.subnets)[*].az',
  '[{ a = 1 }, { a = 2 }][*].a',
  'local.nothing[*]',
  '"x"[*]',
  'local.cond_with_comments',
  'local.multi',
  // type constraints and optional() defaults
  'var.flow',
  'var.flow.traffic_type',
  'var.flow.destination_options',
  'var.flow.destination_options.file_format',
  'var.flow.log_format',
  'var.flows',
  'var.flows.two.nested',
  'var.flows.one.max_aggregation_interval',
  'var.nulled',
  'var.strs',
  'var.numset',
  'var.strset',
  'var.anyv',
  'var.num_from_str + 1',
  'var.bool_from_str',
  'var.from_tfvars',
  'var.nonnull',
  'var.tuplev',
  // numeric functions
  'abs(-3.5)',
  'ceil(4.1)',
  'floor(4.9)',
  'floor(-4.1)',
  'max(3, 9, 1)',
  'min(3, 9, 1)',
  'max(local.nums...)',
  'pow(2, 10)',
  'signum(-7)',
  'signum(0)',
  'parseint("ff", 16)',
  'parseint("-101", 2)',
  'parseint("zz", 36)',
  'log(8, 2)',
  // string functions
  'chomp("hello\\n\\n")',
  'chomp("hello\\r\\n")',
  'endswith("flow-logs", "logs")',
  'startswith("flow-logs", "flow")',
  'strcontains("flow-logs", "w-l")',
  'format("%s-%d", "a", 5)',
  'format("%05d|%-4s|%4s", 42, "ab", "cd")',
  'format("%.2f", 3.14159)',
  'format("%q", "quo\\"te")',
  'format("%t %v", true, 7)',
  'format("%x %X %o %b", 255, 255, 8, 5)',
  'format("100%%")',
  'format("%e|%E", 123456.789, 0.000123)',
  'format("%+d|% d|%+d|%+.1f", 5, 5, -5, 2.27)',
  'format("%08.3f|%-6d|", -3.14159, 42)',
  'format("%.3s|%5.1s|", "abcdef", "xyz")',
  'format("%v|%q", [1, "a"], "x")',
  'format("%d %d", 1)',
  'format("%d", 1, 2)',
  'formatlist("%s.example.com", ["a", "b"])',
  'formatlist("%s=%s", ["a", "b"], ["1", "2"])',
  'formatlist("%s-%s", "x", ["1", "2"])',
  'indent(2, "a\\nb\\nc")',
  'join(",", ["a", "b", "c"])',
  'join("-", ["a"], ["b", "c"])',
  'join(",", [])',
  'lower("FlowLogs")',
  'upper("flowlogs")',
  'regex("[a-z]+", "123abc456")',
  'regex("(\\\\d+)-(\\\\d+)", "10-20")',
  'regex("(?P<first>[a-z]+)@(?P<domain>[a-z.]+)", "me@example.com")',
  'regexall("[0-9]+", "a1b22c333")',
  'regexall("(a)(b)", "abab")',
  'length(regexall("x", "abc"))',
  'replace("a-b-c", "-", "_")',
  'replace("hello world", "/o/", "0")',
  'replace("2024-01-15", "/(\\\\d+)-(\\\\d+)-(\\\\d+)/", "$3/$2/$1")',
  'split(",", "a,b,c")',
  'split(",", "")',
  'strrev("abc")',
  'substr("hello world", 1, 4)',
  'substr("hello", -3, -1)',
  'substr("héllo", 0, 2)',
  'title("hello flow logs")',
  'trim("?!hello?!", "!?")',
  'trimprefix("arn:aws:s3:::bucket", "arn:aws:s3:::")',
  'trimsuffix("bucket/", "/")',
  'trimsuffix("bucket", "x")',
  'trimspace("  spaced \\n")',
  // collection functions
  'alltrue([true, true])',
  'alltrue([])',
  'anytrue([false, true])',
  'anytrue([])',
  'chunklist(["a", "b", "c", "d", "e"], 2)',
  'chunklist([1, 2], 0)',
  'coalesce("", "b", "c")',
  'coalesce(null, 2)',
  'coalesce(1, "x")',
  'coalescelist([], ["a"], ["b"])',
  'compact(["a", "", null, "b"])',
  'concat(["a"], ["b", "c"], [])',
  'contains(["a", "b"], "b")',
  'contains(["a", "b"], "c")',
  'contains([1, 2], "1")',
  'distinct(["a", "b", "a", "c", "b"])',
  'element(["a", "b", "c"], 1)',
  'element(["a", "b", "c"], 4)',
  'flatten([["a"], ["b", ["c"]], []])',
  'flatten([[], []])',
  'index(["a", "b", "c"], "b")',
  'keys({ b = 1, a = 2 })',
  'values({ b = 1, a = 2 })',
  'length(["a", "b"])',
  'length({ a = 1 })',
  'length("héllo")',
  'length([])',
  'lookup({ a = "x" }, "a", "d")',
  'lookup({ a = "x" }, "b", "d")',
  'matchkeys(["i-1", "i-2", "i-3"], ["a", "b", "a"], ["a"])',
  'merge({ a = 1, b = 2 }, { b = 3, c = 4 })',
  'merge({ a = 1 }, null)',
  'merge()',
  'one([])',
  'one(["only"])',
  'one(toset(["x"]))',
  'one(null)',
  'range(3)',
  'range(1, 4)',
  'range(10, 0, -3)',
  'range(0, 1, 0.25)',
  'reverse([1, 2, 3])',
  'setintersection(["a", "b"], ["b", "c"])',
  'setsubtract(["a", "b", "c"], ["b"])',
  'setunion(["b"], ["a", "b"])',
  'setproduct(["a", "b"], ["x", "y"])',
  'slice(["a", "b", "c", "d"], 1, 3)',
  'sort(["b", "a", "c"])',
  'sort(["10", "9", "1"])',
  'sum([1, 2, 3.5])',
  'transpose({ a = ["1", "2"], b = ["2", "3"] })',
  'zipmap(["a", "b"], [1, 2])',
  'concat(local.empty, ["z"])',
  // encoding and hashing
  'base64encode("flow logs")',
  'base64decode("Zmxvdw==")',
  'csvdecode("a,b\\n1,2\\n3,\\"x,y\\"")',
  'jsondecode("{\\"a\\":[1,true,null,\\"s\\"]}")',
  'jsondecode("\\"str\\"")',
  'urlencode("a b&c=d/é")',
  'yamldecode("a: 1\\nb: [x, z]\\nc: true")',
  'md5("hello")',
  'sha1("hello")',
  'sha256("hello")',
  'sha512("hello")',
  'base64sha256("hello")',
  'base64sha512("hello")',
  // IP network
  'cidrsubnet("10.0.0.0/16", 8, 2)',
  'cidrsubnet("10.0.0.0/16", 4, 15)',
  'cidrsubnet("172.16.0.0/12", 4, 2)',
  'cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)',
  'cidrsubnet("10.1.2.0/24", 0, 0)',
  'cidrhost("10.12.112.0/20", 16)',
  'cidrhost("10.12.112.0/20", 268)',
  'cidrhost("10.0.0.0/24", -1)',
  'cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)',
  'cidrnetmask("172.16.0.0/12")',
  'cidrnetmask("10.0.0.0/8")',
  'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
  'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
  '[for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i)]',
  // date and time
  'formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")',
  'formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")',
  'formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")',
  'formatdate("MMM D, YYYY", "2018-01-02T23:12:01Z")',
  'formatdate("H:mm AA", "2018-01-02T23:12:01Z")',
  "formatdate(\"h'h'mm\", \"2018-01-02T23:12:01Z\")",
  'formatdate("YYYY-MM-DD\'T\'hh:mm:ssZ", "2020-02-29T01:02:03+05:30")',
  'timeadd("2017-11-22T00:00:00Z", "10m")',
  'timeadd("2017-11-22T00:00:00Z", "-1h30m")',
  'timeadd("2024-02-28T23:00:00Z", "2h")',
  'timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")',
  'timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:01Z")',
  // paths
  'basename("foo/bar/baz.txt")',
  'dirname("foo/bar/baz.txt")',
  'dirname("baz.txt")',
  // type conversion
  'tostring(1.5)',
  'tostring(true)',
  'tostring(null)',
  'tonumber("1e3")',
  'tonumber("3.25")',
  'tobool("false")',
  'tolist(["a", 1, true])',
  'toset(["b", "a", "b"])',
  'toset([3, 1, 3])',
  'tomap({ a = 1, b = "x" })',
  'can(regex("^[a-z]+$", "abc"))',
  'can(regex("^[a-z]+$", "ABC"))',
  'can(local.subnets.z)',
  'try(local.subnets.z.cidr, "fallback")',
  'try(local.subnets.a.cidr, "fallback")',
  'try(tonumber("x"), 0)',
  'try(one(["a", "b"]), "many")',
  'try(local.nothing.attr, "null attr")',
  'try(["a"][5], "out of range")',
  'nonsensitive(sensitive("s") == "s")',
  'nonsensitive(sensitive("s"))',
  // errors Terraform raises (both sides must fail)
  'one(["a", "b"])',
  'tonumber("abc")',
  'element([], 0)',
  'index(["a"], "z")',
  'lookup({ a = 1 }, "b")',
  'regex("[0-9]+", "abc")',
  'cidrsubnet("10.0.0.0/30", 4, 1)',
  'cidrhost("10.0.0.0/30", 9)',
  'local.subnets.z',
  'coalesce("", null)',
  'slice([1, 2], 1, 5)',
  'base64decode("%%%")',
  '[for x in local.nothing : x]',
  // realistic flow-log expressions
  'format("arn:aws:logs:%s:%s:log-group:%s:*", "eu-west-1", "111122223333", "vpc-flow")',
  '"arn:aws:s3:::${lower("Flow-Logs")}/${trimsuffix("prefix/", "/")}/AWSLogs/111122223333/*"',
  'length(compact([var.flow.log_format])) > 0 ? "custom" : "default"',
  'var.flow.destination_options.file_format == "parquet" ? "parquet" : "text"',
  'merge({ Name = "flow" }, var.flow.tags)',
  'coalesce(var.flow.log_format, "$${version} $${account-id}")',
  '{ for k, v in var.flows : k => v.traffic_type }',
  'flatten([for k, v in var.flows : [for n in v.nested : "${k}-${n.a}-${n.b}"]])',
  'one([for k, v in local.subnets : v.cidr if k == "b"])',
  'contains(keys(local.subnets), "c")',
  'join(",", sort(distinct(local.words)))',
  'setunion(toset(local.words), ["igw"])',
  'jsondecode(jsonencode({ Version = "2012-10-17" })).Version',
  'zipmap(keys(local.subnets), [for s in values(local.subnets) : s.az])',
  'lookup(var.flows, "two", null).traffic_type',
  'try(var.flows["three"].traffic_type, "ALL")',
  'alltrue([for s in values(local.subnets) : can(cidrnetmask(s.cidr))])',
  '[for s in local.multi : "${s}!"]',
  'reverse(sort(local.words))',
  'slice(local.nums, 0, length(local.nums) - 1)',
  'element(local.words, length(local.words) - 1)',
  'concat(local.nums, [for n in local.nums : n + 10])',
  'sum([for n in local.nums : n if n % 2 == 1])',
  'upper(substr(local.words[1], 0, 1))',
];
