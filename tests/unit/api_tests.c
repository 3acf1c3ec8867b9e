/* API tests of the layout stage, as cmark's api_test: the registry of
 * bindable values, templates compiled and evaluated, conditions, and a
 * layout built over an input, each through its own interface. One line per
 * test ("PASS name" / "FAIL name: detail"); tests/run.sh counts them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "layout/bind.h"
#include "layout/build.h"
#include "layout/layout.h"

static int failures;

static void check(int ok, const char *name, const char *detail) {
    printf("%s %s%s%s\n", ok ? "PASS" : "FAIL", name, ok ? "" : ": ", ok ? "" : detail);
    failures += !ok;
}

static void check_text(const char *got, const char *want, const char *name) {
    char detail[512];
    snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got ? got : "(null)", want);
    check(got && strcmp(got, want) == 0, name, detail);
}

static const char INPUT[] =
    "{\"format\":\"jixiao/1\",\"year\":2022,"
    "\"subject\":{\"name\":\"标准器检定校准费\",\"region\":\"山东省枣庄市\",\"department\":\"枣庄市市场监督管理局\"},"
    "\"funds\":{\"budget\":36.75,\"spent\":22.75},"
    "\"evaluation\":{\"basis\":[\"《预算法》\",{\"title\":\"部门文件\",\"items\":[\"甲\",\"乙\"]}]},"
    "\"scoring\":{\"indicators\":["
    "{\"name\":\"产出\",\"weight\":60,\"children\":[{\"name\":\"数量\",\"weight\":60,\"children\":["
    "{\"name\":\"检定台数\",\"weight\":30,\"method\":\"ratio\",\"target\":\"200 台\",\"actual\":\"190 台\",\"note\":\"少送10台。\"},"
    "{\"name\":\"按时完成\",\"weight\":30,\"score\":30}]}]},"
    "{\"name\":\"项目效益\",\"weight\":40,\"children\":[{\"name\":\"社会效益\",\"weight\":40,\"score\":40}]}]}}";

static jx_model *load_input(jx_diags *d) {
    jx_model *doc = jx_model_load("api.json", (const unsigned char *)INPUT, strlen(INPUT), d);
    if (doc && jx_model_score(doc, d)) {
        jx_model_free(doc);
        return NULL;
    }
    return doc;
}

/*** The registry ***/

static jx_val get(const jx_val *obj, const char *name, jx_arena *a) {
    int oom = 0;
    return jx_bind_get(jx_bind_field(obj->type, name, strlen(name)), obj, a, &oom);
}

static void test_bind(const jx_model *doc, jx_arena *a) {
    check(jx_bind_field(JX_T_SUBJECT, "nmae", 4) == NULL, "bind: an unknown field is NULL", "");
    const jx_field *f = jx_bind_field(JX_T_DOC, "indicators", 10);
    check(f && jx_field_kind(f) == JX_V_LIST && jx_field_type(f) == JX_T_NODE, "bind: indicators is a list of indicators", "");
    jx_val root = jx_bind_root(doc), subject = get(&root, "subject", a);
    jx_val name = get(&subject, "name", a), title = get(&subject, "title", a), city = get(&subject, "city", a);
    check_text(name.text, "标准器检定校准费", "bind: subject.name");
    check_text(name.at, "/subject/name", "bind: subject.name's pointer");
    check_text(title.text, "标准器检定校准费项目", "bind: subject.title adds 项目 once");
    check_text(title.at, "/subject/name", "bind: subject.title shows subject.name");
    check_text(city.text, "枣庄市", "bind: subject.city from the region");
    jx_val funds = get(&root, "funds", a), rate = get(&funds, "execution_rate", a);
    check_text(rate.text, "61.90%", "bind: 执行率 keeps its two decimals");
    check(rate.at == NULL, "bind: a computed value shows no input value", "");
    jx_val roots = get(&root, "indicators", a);
    int oom = 0;
    jx_val first = jx_bind_item(&roots, 0, a, &oom), second = jx_bind_item(&roots, 1, a, &oom);
    check_text(get(&first, "score", a).text, "58.50", "bind: a subtotal with the form's decimals");
    check_text(get(&first, "title", a).text, "项目产出", "bind: 产出 headed 项目产出");
    check_text(get(&second, "title", a).text, "项目效益", "bind: 项目效益 keeps one 项目");
    jx_val leaves = get(&first, "leaves", a), leaf = jx_bind_item(&leaves, 0, a, &oom);
    check_text(get(&leaf, "note", a).at, "/scoring/indicators/0/children/0/children/0/note", "bind: a leaf's note's pointer");
    check_text(get(&leaf, "score", a).text, "28.50", "bind: a computed leaf score");
    jx_val level2 = get(&leaf, "level2", a);
    check_text(get(&level2, "name", a).text, "数量", "bind: a leaf's 二级");
}

/*** Templates ***/

static char *eval(const jx_model *doc, const char *text, jx_arena *a, jx_diags *d, const jx_path **missing) {
    jx_scopes scopes = {{JX_T_DOC}, {0}, 1};
    jx_tpl t;
    jx_pos pos = {"", 1, 1};
    if (jx_tpl_compile(a, text, pos, &scopes, "api-layout", d, &t)) return NULL;
    jx_env env = {.a = a};
    jx_env_push(&env, jx_bind_root(doc), 0, 1);
    jx_buf b;
    jx_buf_init(&b, 1 << 20);
    int rc = jx_tpl_eval(&env, &t, &b);
    if (missing) *missing = env.missing;
    if (rc) {
        jx_buf_free(&b);
        return NULL;
    }
    return jx_buf_take(&b);
}

static void expect_eval(const jx_model *doc, jx_arena *a, const char *text, const char *want, const char *name) {
    jx_diags d;
    jx_diags_init(&d);
    char *got = eval(doc, text, a, &d, NULL);
    check_text(got, want, name);
    free(got);
    jx_diags_free(&d);
}

static void expect_compile_error(const jx_model *doc, jx_arena *a, const char *text, const char *want, const char *name) {
    jx_diags d;
    jx_diags_init(&d);
    char *got = eval(doc, text, a, &d, NULL);
    check_text(got ? "compiled" : d.count ? d.items[0].message : "no diagnostic", want, name);
    free(got);
    jx_diags_free(&d);
}

static void test_templates(const jx_model *doc, jx_arena *a) {
    expect_eval(doc, a, "{subject.name}（{year}年度）", "标准器检定校准费（2022年度）", "template: values");
    expect_eval(doc, a, "{#indicators}{name}{weight}分{^last}，{/last}{/indicators}", "产出60分，项目效益40分",
                "template: a list with separators");
    expect_eval(doc, a, "{#evaluation.basis}（{index}）{title}{#items}{circled}{.}{/items}{/evaluation.basis}",
                "（1）《预算法》（2）部门文件①甲②乙", "template: grouped basis numbered ① ②");
    expect_eval(doc, a, "{#indicators}{score|trim}/{score|3} {/indicators}", "58.5/58.500 40/40.000 ",
                "template: |trim and |N");
    expect_eval(doc, a, "[{subject.implementer?}]{^subject.implementer}无{/subject.implementer}", "[]无",
                "template: optional and inverted");
    jx_diags d;
    jx_diags_init(&d);
    const jx_path *missing = NULL;
    char *got = eval(doc, "{subject.implementer}", a, &d, &missing);
    check(!got && missing && strcmp(missing->text, "subject.implementer") == 0, "template: a required value the input lacks",
          "");
    free(got);
    jx_diags_free(&d);
    expect_compile_error(doc, a, "{subject.nmae}",
                         "{subject.nmae}: no field \"nmae\"; it has: is_department, name, title, code, department, "
                         "department_code, implementer, implementer_code, region, province, city, attribute, category, "
                         "period_start, period_end, overview, background, purpose, content, organization, basis, "
                         "funds_usage, implementation, performance, other_matters, functions, staffing, "
                         "budget_execution, leader, phone",
                         "template: a misspelt field lists the scope's");
    expect_compile_error(doc, a, "{#indicators}{name}", "{#indicators} is never closed: add {/indicators}",
                         "template: an unclosed section");
    expect_compile_error(doc, a, "{indicators}", "{indicators} is a list: iterate it with {#indicators}…{/…}",
                         "template: a list where text is needed");
}

/*** Layouts built over an input ***/

static jx_document *build(const jx_model *doc, const char *layout_json, jx_diags *d, jx_layout **lay) {
    *lay = jx_layout_load("api-layout.json", (const unsigned char *)layout_json, strlen(layout_json), d);
    return *lay ? jx_build(*lay, jx_bind_root(doc), "api.json", d) : NULL;
}

static void test_build(const jx_model *doc) {
    static const char LAYOUT[] =
        "{\"format\":\"jixiao-layout/1\",\"name\":\"api\",\"description\":\"test\","
        "\"default_for\":[\"subject.province=山东省\",\"!subject.is_department\"],"
        "\"blocks\":["
        "{\"type\":\"title\",\"text\":\"{subject.city?}{subject.name}\"},"
        "{\"type\":\"group\",\"when\":\"findings.problems\",\"expect\":\"存在的问题\",\"blocks\":["
        "{\"type\":\"heading\",\"level\":1,\"text\":\"存在的问题\"}]},"
        "{\"type\":\"table\",\"columns\":[1,1,1],\"rows\":[{\"each\":\"leaves\",\"cells\":["
        "{\"text\":\"{level1.name}\",\"merge\":\"{level1.number}\"},\"{name}\",\"{score}\"]}]}]}";
    jx_diags d;
    jx_diags_init(&d);
    jx_layout *lay = NULL;
    jx_document *tree = build(doc, LAYOUT, &d, &lay);
    check(lay && jx_layout_fits(lay, doc), "build: default_for with = and ! conditions", "");
    check(tree && tree->nblocks == 2, "build: the guarded group is left out", "");
    if (tree && tree->nblocks == 2) {
        check_text(tree->blocks[0].text, "枣庄市标准器检定校准费", "build: a title from the input");
        const jx_table *t = tree->blocks[1].table;
        check(t->nrows == 3 && t->cells[0].rowspan == 2, "build: a merge key makes the 一级 cell span its leaves", "");
    }
    int left_out = 0, not_printed = 0;
    for (size_t i = 0; i < d.count; i++) {
        left_out += strstr(d.items[i].message, "absent, so the section \"存在的问题\" is left out") != NULL;
        not_printed += strstr(d.items[i].message, "not printed by layout api") != NULL;
    }
    check(left_out == 1, "build: an expected section left out is said", "");
    /* the year, the department, two amounts, four 依据, the 二级 name and the
     * note are not printed by this layout; the region is a setting, the
     * scores carry the methods' inputs */
    char detail[64];
    snprintf(detail, sizeof detail, "%d values reported", not_printed);
    check(not_printed == 10, "build: every value the layout leaves out is reported", detail);
    jx_document_free(tree);
    jx_layout_free(lay);
    jx_diags_free(&d);
}

int main(void) {
    jx_diags d;
    jx_diags_init(&d);
    jx_model *doc = load_input(&d);
    check(doc != NULL, "api: the input loads and scores", d.count ? d.items[0].message : "");
    if (doc) {
        jx_arena *a = jx_arena_new();
        test_bind(doc, a);
        test_templates(doc, a);
        test_build(doc);
        jx_arena_free(a);
    }
    jx_model_free(doc);
    jx_diags_free(&d);
    return failures ? 1 : 0;
}
